package cn.gov.platform.intake.calendar.domain;

import cn.gov.platform.support.domain.DomainViolation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working-day arithmetic on the official calendar (INT-6). A year without data is refused rather
 * than guessed: a deadline computed on weekends alone would be wrong around every holiday.
 * Counting follows the rule for administrative periods: the day an act happens is not counted,
 * the period starts on the next working day.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years = new TreeMap<>();

    public WorkingDayCalendar(Collection<CalendarYear> loaded) {
        loaded.forEach(y -> years.put(y.year(), y));
    }

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public boolean isWorkingDay(LocalDate date) {
        return yearOf(date).isWorkingDay(date);
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

    private CalendarYear yearOf(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            throw DomainViolation.rule("CALENDAR_YEAR_MISSING",
                    date.getYear() + " 年的工作日历尚未发布，无法计算期限。",
                    "The working-day calendar for " + date.getYear() + " has not been loaded; no deadline can be computed.",
                    "date");
        }
        return year;
    }
}
