/** The check API: subject and item to incentives, restrictions and the entries cited; feedback from intake. */
@NullMarked
package cn.gov.platform.credit.checks;

import org.jspecify.annotations.NullMarked;
