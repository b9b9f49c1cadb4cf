package cn.gov.platform.intake.calendar.web;

import cn.gov.platform.intake.calendar.application.CalendarService;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published years for the platform's other services (realm role {@code service}, enforced for
 * {@code /internal/**} by the support library): the newest version of every official year, in the
 * form an administrator publishes it, so that a reader builds each year with
 * {@code YearPublication.toOfficialYear(version, publishedBy, publishedAt)}. Years without an element
 * are provisional for every service alike. The shape is a contract (credit reads it): keep it.
 */
@RestController
class InternalCalendarController {

    private final CalendarService calendar;

    InternalCalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    record PublishedNotice(String number, LocalDate date, @Nullable String title) {
    }

    /** One holiday period; {@code names} are holiday codes such as {@code SPRING_FESTIVAL}. */
    record PublishedPeriod(List<String> names, LocalDate from, LocalDate to) {
    }

    record PublishedYearView(int year, int version, @Nullable PublishedNotice notice, List<PublishedPeriod> holidays,
            List<LocalDate> swappedWorkingDays, @Nullable String publishedBy, @Nullable Instant publishedAt) {

        static PublishedYearView of(CalendarYear y) {
            return new PublishedYearView(y.year(), y.version(),
                    y.notice() == null ? null : new PublishedNotice(y.notice().number(), y.notice().date(), y.notice().title()),
                    y.holidays().stream().map(p -> new PublishedPeriod(p.holidays().stream().map(Holiday::name).toList(),
                            p.from(), p.to())).toList(),
                    List.copyOf(y.swappedWorkingDays()), y.publishedBy(), y.publishedAt());
        }
    }

    @GetMapping("/api/intake/internal/calendar/years")
    List<PublishedYearView> years() {
        return calendar.publishedYears().stream().map(PublishedYearView::of).toList();
    }
}
