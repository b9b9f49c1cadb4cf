package cn.gov.platform.kernel.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One year of the working-day calendar. Every Saturday and Sunday is off and every other day is
 * worked, except the days of its holiday periods (off) and its swapped working days (调休: weekend
 * days that are worked).
 *
 * <p>An {@link Basis#OFFICIAL} year is what the State Council's notice says, published by an
 * administrator as a numbered version; a {@link Basis#PROVISIONAL} year is derived from the
 * statutory rules ({@link StatutoryHolidays}) while no notice is out, has no swapped days, and makes
 * every date computed on it provisional. A year cannot be constructed with a fault in it: every
 * fault is reported at once ({@link CalendarRules}).
 *
 * @param version     1, 2, ... for official years (each publication of a year is a new version); 0 if provisional
 * @param notice      the notice an official year comes from; null if provisional
 * @param publishedBy who published this version (an administrator's username); null if provisional
 */
public record CalendarYear(int year, Basis basis, int version, @Nullable Notice notice, List<HolidayPeriod> holidays,
        SortedSet<LocalDate> swappedWorkingDays, @Nullable String publishedBy, @Nullable Instant publishedAt) {

    /** Where a year's data comes from. */
    public enum Basis {
        /** Published from the State Council's notice. */
        OFFICIAL,
        /** Derived from the statutory rules; the notice is not out yet. */
        PROVISIONAL
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        swappedWorkingDays = new TreeSet<>(swappedWorkingDays);
        CalendarRules.check(year, basis, notice, CalendarRules.spans(holidays), List.copyOf(swappedWorkingDays));
    }

    /** An official year as the notice gives it. */
    public static CalendarYear official(int year, int version, Notice notice, List<HolidayPeriod> holidays,
            SortedSet<LocalDate> swappedWorkingDays, String publishedBy, Instant publishedAt) {
        return new CalendarYear(year, Basis.OFFICIAL, version, notice, holidays, swappedWorkingDays, publishedBy,
                publishedAt);
    }

    public boolean isProvisional() {
        return basis == Basis.PROVISIONAL;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (swappedWorkingDays.contains(date)) {
            return true;
        }
        for (HolidayPeriod period : holidays) {
            if (period.covers(date)) {
                return false;
            }
        }
        return !isWeekend(date);
    }

    /** This year as the next version, published by someone now: what a re-publication stores. */
    public CalendarYear asVersion(int newVersion, String by, Instant at) {
        return new CalendarYear(year, basis, newVersion, notice, holidays, swappedWorkingDays, by, at);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
