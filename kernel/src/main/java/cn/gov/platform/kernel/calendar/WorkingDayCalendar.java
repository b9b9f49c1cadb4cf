package cn.gov.platform.kernel.calendar;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic on the platform's calendar (INT-6): the official year where one is
 * published, else the provisional year derived from the statutory rules, so that no date ever stops
 * work. Counting follows the rule for administrative periods: the day an act happens is not counted,
 * the period starts on the next working day.
 *
 * <p>One instance per service, shared by every feature. When an administrator publishes a year,
 * {@link #replace} swaps in the new official years at once (the owner of the data calls it; readers
 * never restart).
 */
public final class WorkingDayCalendar {

    /** The years a date may fall in; outside them the platform computes nothing. */
    public static final int FIRST_YEAR = CalendarRules.FIRST_YEAR;
    public static final int LAST_YEAR = CalendarRules.LAST_YEAR;

    /** A year with its working days as bits (day of year - 1), so arithmetic never scans holiday lists. */
    private record Year(CalendarYear data, BitSet working) {

        static Year of(CalendarYear data) {
            BitSet working = new BitSet(366);
            LocalDate first = LocalDate.of(data.year(), 1, 1);
            for (LocalDate d = first; d.getYear() == data.year(); d = d.plusDays(1)) {
                working.set(d.getDayOfYear() - 1, data.isWorkingDay(d));
            }
            return new Year(data, working);
        }
    }

    private volatile Map<Integer, Year> official;
    private final Map<Integer, Year> provisional = new ConcurrentHashMap<>();
    private final Function<Integer, Year> derive = y -> Year.of(StatutoryHolidays.provisional(y));

    public WorkingDayCalendar(Collection<CalendarYear> officialYears) {
        this.official = index(officialYears);
    }

    /** Takes these official years (the newest version of each) in place of the ones held so far. */
    public void replace(Collection<CalendarYear> officialYears) {
        this.official = index(officialYears);
    }

    private static Map<Integer, Year> index(Collection<CalendarYear> years) {
        if (years.stream().anyMatch(CalendarYear::isProvisional)) {
            throw new IllegalArgumentException("Only official years are published");
        }
        return years.stream().collect(Collectors.toUnmodifiableMap(CalendarYear::year, Year::of,
                (a, b) -> a.data().version() >= b.data().version() ? a : b));
    }

    /** The official years held now, in order. */
    public List<CalendarYear> officialYears() {
        return official.values().stream().map(Year::data).sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
    }

    /** The year as the platform counts it: official if published, else provisional. */
    public CalendarYear year(int year) {
        return lookup(year, "year").data();
    }

    public boolean isWorkingDay(LocalDate date) {
        return lookup(date.getYear(), "date").working().get(date.getDayOfYear() - 1);
    }

    /** Whether any day from {@code from} to {@code to} (either order) lies in a provisional year. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        Map<Integer, Year> held = official;
        for (int y = a; y <= b; y++) {
            if (!held.containsKey(y)) {
                return true;
            }
        }
        return false;
    }

    /** The date on which {@code days} working days after {@code start} have run; 0 is {@code start} itself. */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw DomainViolation.invalid("days", "NEGATIVE_DAYS", "工作日数不能为负。", "The number of working days cannot be negative.");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The same, saying whether the answer rests on a provisional year. */
    public Due due(LocalDate start, int days) {
        LocalDate date = plusWorkingDays(start, days);
        return new Due(date, isProvisional(start, date));
    }

    /** A date computed on the calendar, and whether a provisional year went into it. */
    public record Due(LocalDate date, boolean provisional) {
    }

    /** Working days in {@code (from, to]}: those after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private Year lookup(int year, String field) {
        Year held = official.get(year);
        if (held != null) {
            return held;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainViolation.invalid(field, "YEAR_OUT_OF_RANGE",
                    "日历只覆盖 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年。",
                    "The calendar covers the years " + FIRST_YEAR + " to " + LAST_YEAR + " only.");
        }
        return provisional.computeIfAbsent(year, derive);
    }
}
