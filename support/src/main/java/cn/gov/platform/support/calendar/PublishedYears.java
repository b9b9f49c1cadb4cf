package cn.gov.platform.support.calendar;

import cn.gov.platform.kernel.calendar.CalendarYear;
import java.util.List;

/**
 * Where a service reads the official years from: intake, which owns them, from its store; every
 * other service from intake's internal API. A service that declares a bean of this type gets the
 * shared {@code WorkingDayCalendar}, kept on the newest versions by {@link CalendarRefresher}.
 */
@FunctionalInterface
public interface PublishedYears {

    /** The newest version of every official year. Throws when the source cannot be read now. */
    List<CalendarYear> current();
}
