/** Fees through one window (issue 19, point 1; SUP-3): infrastructure. */
@NullMarked
package cn.gov.platform.intake.fees.infrastructure;

import org.jspecify.annotations.NullMarked;
