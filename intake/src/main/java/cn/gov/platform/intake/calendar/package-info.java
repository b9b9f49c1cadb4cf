/** The official working-day calendar (INT-6): which days count, and when a limit in working days runs out. */
@NullMarked
package cn.gov.platform.intake.calendar;

import org.jspecify.annotations.NullMarked;
