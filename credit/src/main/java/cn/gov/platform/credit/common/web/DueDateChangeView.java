package cn.gov.platform.credit.common.web;

import cn.gov.platform.credit.common.domain.DueDateChange;
import java.time.LocalDate;

/**
 * One move of a due date as petitions and publications show it: from {@code previousDueBy} to
 * {@code dueBy}, because version {@code calendarVersion} of year {@code calendarYear} was
 * published (0: the year became provisional again), at {@code at}.
 */
public record DueDateChangeView(LocalDate previousDueBy, LocalDate dueBy, int calendarYear, int calendarVersion,
        String at) {

    public static DueDateChangeView of(DueDateChange c) {
        return new DueDateChangeView(c.previousDue(), c.newDue(), c.calendarYear(), c.calendarVersion(),
                c.at().toString());
    }
}
