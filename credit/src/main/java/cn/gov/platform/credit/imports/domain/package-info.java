/** Row parsing and validation, and the import job. */
@NullMarked
package cn.gov.platform.credit.imports.domain;

import org.jspecify.annotations.NullMarked;
