/** Streaming worker and MongoDB store of jobs. */
@NullMarked
package cn.gov.platform.credit.imports.infrastructure;

import org.jspecify.annotations.NullMarked;
