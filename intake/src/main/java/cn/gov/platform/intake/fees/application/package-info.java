/** Fees through one window (issue 19, point 1; SUP-3): application. */
@NullMarked
package cn.gov.platform.intake.fees.application;

import org.jspecify.annotations.NullMarked;
