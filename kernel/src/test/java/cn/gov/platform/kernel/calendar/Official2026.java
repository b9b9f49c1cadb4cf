package cn.gov.platform.kernel.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The 2026 year exactly as the State Council's notice of 2025-11-04 gives it. */
final class Official2026 {

    private Official2026() {
    }

    static YearPublication publication() {
        return new YearPublication(2026, "国务院办公厅通知（2025年11月4日）", LocalDate.parse("2025-11-04"),
                "国务院办公厅关于2026年部分节假日安排的通知", List.of(
                        entry("NEW_YEAR", "2026-01-01", "2026-01-03"),
                        entry("SPRING_FESTIVAL", "2026-02-15", "2026-02-23"),
                        entry("QINGMING", "2026-04-04", "2026-04-06"),
                        entry("LABOUR_DAY", "2026-05-01", "2026-05-05"),
                        entry("DRAGON_BOAT", "2026-06-19", "2026-06-21"),
                        entry("MID_AUTUMN", "2026-09-25", "2026-09-27"),
                        entry("NATIONAL_DAY", "2026-10-01", "2026-10-07")),
                dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
    }

    static CalendarYear year() {
        return publication().toOfficialYear(1, "admin", Instant.parse("2025-11-05T02:00:00Z"));
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(List.of(year()));
    }

    static YearPublication.Entry entry(String name, String from, String to) {
        return new YearPublication.Entry(List.of(name), LocalDate.parse(from), LocalDate.parse(to));
    }

    static List<LocalDate> dates(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    }
}
