/**
 * Credit's use of the platform calendar: the official years read from intake, the refusal to
 * compute a deadline before they were read once, and the recomputation of open deadlines when a
 * year is published.
 */
@NullMarked
package cn.gov.platform.credit.calendar;

import org.jspecify.annotations.NullMarked;
