/** The import use case. */
@NullMarked
package cn.gov.platform.credit.imports.application;

import org.jspecify.annotations.NullMarked;
