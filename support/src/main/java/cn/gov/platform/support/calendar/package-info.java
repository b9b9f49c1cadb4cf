/** The shared working-day calendar of a service, kept on the newest published years. */
@NullMarked
package cn.gov.platform.support.calendar;

import org.jspecify.annotations.NullMarked;
