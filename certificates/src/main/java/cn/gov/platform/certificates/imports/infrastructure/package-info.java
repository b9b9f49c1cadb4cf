/** MongoDB store of import jobs and their rows, and the scheduled worker. */
@NullMarked
package cn.gov.platform.certificates.imports.infrastructure;

import org.jspecify.annotations.NullMarked;
