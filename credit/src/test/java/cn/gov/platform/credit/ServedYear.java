package cn.gov.platform.credit;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.YearPublication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An official year as intake's internal API serves it to credit (the contract of
 * {@code GET /api/intake/internal/calendar/years}), for the intake stand-in; {@link #calendarYear}
 * is the same year as the kernel reads it, from which tests derive the dates they expect.
 */
public record ServedYear(int year, int version, String noticeNumber, LocalDate noticeDate, List<Period> holidays,
        List<LocalDate> swappedWorkingDays, String publishedBy, Instant publishedAt) {

    /** One holiday period: a holiday code such as {@code SPRING_FESTIVAL}, first and last day off. */
    public record Period(String name, LocalDate from, LocalDate to) {
    }

    /** 2026 as the State Council's notice of 2025-11-04 gives it (intake's seed). */
    public static final ServedYear OFFICIAL_2026 = new ServedYear(2026, 1, "国务院办公厅通知（2025年11月4日）",
            LocalDate.of(2025, 11, 4), List.of(
                    new Period("NEW_YEAR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)),
                    new Period("SPRING_FESTIVAL", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
                    new Period("QINGMING", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6)),
                    new Period("LABOUR_DAY", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5)),
                    new Period("DRAGON_BOAT", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21)),
                    new Period("MID_AUTUMN", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)),
                    new Period("NATIONAL_DAY", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))),
            List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                    LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)),
            "seed", Instant.parse("2026-01-01T00:00:00Z"));

    /** A year an administrator publishes in a test (a made-up notice; the dates are what the test needs). */
    public static ServedYear published(int year, int version, List<Period> holidays, List<LocalDate> swapped) {
        return new ServedYear(year, version, "测试通知〔" + (year - 1) + "〕" + version + "号", LocalDate.of(year - 1, 11, 1),
                holidays, swapped, "cal-admin", Instant.parse((year - 1) + "-11-02T02:00:00Z"));
    }

    public String json() {
        String periods = holidays.stream().map(p -> "{\"names\":[\"%s\"],\"from\":\"%s\",\"to\":\"%s\"}"
                .formatted(p.name(), p.from(), p.to())).collect(Collectors.joining(","));
        String swapped = swappedWorkingDays.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));
        return """
                {"year":%d,"version":%d,"notice":{"number":"%s","date":"%s","title":"%s"},\
                "holidays":[%s],"swappedWorkingDays":[%s],"publishedBy":"%s","publishedAt":"%s"}"""
                .formatted(year, version, noticeNumber, noticeDate, title(), periods, swapped, publishedBy, publishedAt);
    }

    private String title() {
        return "国务院办公厅关于" + year + "年部分节假日安排的通知";
    }

    public CalendarYear calendarYear() {
        List<YearPublication.Entry> entries = holidays.stream()
                .map(p -> new YearPublication.Entry(List.of(p.name()), p.from(), p.to())).toList();
        return new YearPublication(year, noticeNumber, noticeDate, title(), entries, new ArrayList<>(swappedWorkingDays))
                .toOfficialYear(version, publishedBy, publishedAt);
    }
}
