package cn.gov.platform.support.calendar;

import cn.gov.platform.kernel.calendar.CalendarYear;
import java.util.List;

/**
 * Published (as a Spring application event) in every instance when its calendar took new official
 * years: {@code changedYears} are the years whose version differs from what the instance held, so
 * that deadlines touching them can be recomputed.
 */
public record CalendarChanged(List<Integer> changedYears, List<CalendarYear> current) {
}
