/** The public calendar API. */
@NullMarked
package cn.gov.platform.intake.calendar.web;

import org.jspecify.annotations.NullMarked;
