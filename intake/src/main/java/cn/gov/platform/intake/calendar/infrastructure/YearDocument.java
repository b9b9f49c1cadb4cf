package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import cn.gov.platform.kernel.calendar.HolidayPeriod;
import cn.gov.platform.kernel.calendar.Notice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a year (collection {@code calendar_years}): what was published, by whom,
 * when, and what identifies the request. Holidays are stored by code, dates as ISO text.
 *
 * @param id        {@code year:version}
 * @param requestId derived from the publisher and the Idempotency-Key; absent without a key
 */
record YearDocument(String id, int year, int version, NoticeDocument notice, List<PeriodDocument> holidays,
        List<LocalDate> swappedWorkingDays, String publishedBy, Instant publishedAt, @Nullable String requestId,
        String fingerprint) {

    record NoticeDocument(String number, LocalDate date, @Nullable String title) {
    }

    record PeriodDocument(List<String> names, LocalDate from, LocalDate to) {
    }

    static YearDocument of(CalendarYear y, @Nullable String requestId, String fingerprint) {
        Notice n = y.notice();
        if (n == null || y.publishedBy() == null || y.publishedAt() == null) {
            throw new IllegalArgumentException("Only official years are stored");
        }
        return new YearDocument(y.year() + ":" + y.version(), y.year(), y.version(),
                new NoticeDocument(n.number(), n.date(), n.title()),
                y.holidays().stream().map(p -> new PeriodDocument(p.holidays().stream().map(Holiday::name).toList(),
                        p.from(), p.to())).toList(),
                List.copyOf(y.swappedWorkingDays()), y.publishedBy(), y.publishedAt(), requestId, fingerprint);
    }

    /** The year as the calendar counts it; a document that no longer passes the rules fails here, not silently. */
    CalendarYear toYear() {
        return CalendarYear.official(year, version, new Notice(notice.number(), notice.date(), notice.title()),
                holidays.stream().map(p -> new HolidayPeriod(p.names().stream().map(Holiday::valueOf).toList(), p.from(),
                        p.to())).toList(), new TreeSet<>(swappedWorkingDays == null ? List.of() : swappedWorkingDays),
                publishedBy, publishedAt);
    }
}
