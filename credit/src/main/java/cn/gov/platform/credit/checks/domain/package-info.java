/** The check policy: which measures apply, and the record of a check. */
@NullMarked
package cn.gov.platform.credit.checks.domain;

import org.jspecify.annotations.NullMarked;
