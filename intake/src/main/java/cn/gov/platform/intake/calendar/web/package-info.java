/**
 * The calendar API: the public calendar (years, working days after a date, single days), publishing
 * official years and their versions (administrators), and the internal read of the published years
 * for the other services (service accounts).
 */
@NullMarked
package cn.gov.platform.intake.calendar.web;

import org.jspecify.annotations.NullMarked;
