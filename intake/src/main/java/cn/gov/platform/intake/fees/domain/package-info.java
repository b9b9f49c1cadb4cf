/** Fees through one window (issue 19, point 1; SUP-3): domain. */
@NullMarked
package cn.gov.platform.intake.fees.domain;

import org.jspecify.annotations.NullMarked;
