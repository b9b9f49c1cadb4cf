/** The official working-day calendar (copied from intake's data; no dependency on intake). */
@NullMarked
package cn.gov.platform.credit.calendar;

import org.jspecify.annotations.NullMarked;
