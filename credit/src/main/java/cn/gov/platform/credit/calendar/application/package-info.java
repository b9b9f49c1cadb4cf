/** Deadlines on the shared calendar and their recomputation when the official years change. */
@NullMarked
package cn.gov.platform.credit.calendar.application;

import org.jspecify.annotations.NullMarked;
