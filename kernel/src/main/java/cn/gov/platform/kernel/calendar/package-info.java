/**
 * The official working-day calendar (INT-6): published years with their holidays and swapped
 * working days, provisional years derived from the statutory rules where none is published yet,
 * working-day arithmetic, and the deadline clock that stops while an applicant supplements.
 */
@NullMarked
package cn.gov.platform.kernel.calendar;

import org.jspecify.annotations.NullMarked;
