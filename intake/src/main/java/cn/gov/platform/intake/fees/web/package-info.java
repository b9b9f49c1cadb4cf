/** Fees through one window (issue 19, point 1; SUP-3): web. */
@NullMarked
package cn.gov.platform.intake.fees.web;

import org.jspecify.annotations.NullMarked;
