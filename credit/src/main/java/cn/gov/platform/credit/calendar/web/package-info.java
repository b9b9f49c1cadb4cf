/** The answer to a request that needs a deadline while the calendar is not read yet. */
@NullMarked
package cn.gov.platform.credit.calendar.web;

import org.jspecify.annotations.NullMarked;
