package cn.gov.platform.credit.common.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One move of a deadline because the official calendar changed (INT-6, issue 14): the date before
 * and after, the published year whose new version moved it ({@code calendarVersion} 0: the year is
 * provisional again), and when the move was made. Kept on the object and shown with it.
 */
public record DueDateChange(LocalDate previousDue, LocalDate newDue, int calendarYear, int calendarVersion,
        Instant at) {
}
