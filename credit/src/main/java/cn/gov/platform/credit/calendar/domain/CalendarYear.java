package cn.gov.platform.credit.calendar.domain;

import cn.gov.platform.support.domain.DomainViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the official calendar as the State Council publishes it: the public holidays
 * (days off that would otherwise be worked) and the swapped working days (调休: weekend days
 * that are worked). Every other Saturday and Sunday is off, every other weekday is worked.
 *
 * @param source the notice the data was taken from, so a reader can check it
 */
public record CalendarYear(int year, String source, List<Holiday> holidays, Set<LocalDate> swappedWorkingDays) {

    /** A named holiday period, every day of which is off. */
    public record Holiday(String name, LocalDate from, LocalDate to) {

        public Holiday {
            if (to.isBefore(from)) {
                throw DomainViolation.invalid("holidays", "INVALID_HOLIDAY",
                        "假期结束日不能早于开始日：" + name + "。", "Holiday " + name + " ends before it starts.");
            }
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        swappedWorkingDays = Set.copyOf(new TreeSet<>(swappedWorkingDays));
        for (Holiday h : holidays) {
            if (h.from().getYear() != year || h.to().getYear() != year) {
                throw DomainViolation.invalid("holidays", "DATE_OUTSIDE_YEAR",
                        "假期 " + h.name() + " 不在 " + year + " 年内。", "Holiday " + h.name() + " lies outside " + year + ".");
            }
        }
        for (LocalDate d : swappedWorkingDays) {
            if (d.getYear() != year) {
                throw DomainViolation.invalid("swappedWorkingDays", "DATE_OUTSIDE_YEAR",
                        "调休工作日 " + d + " 不在 " + year + " 年内。", "Swapped working day " + d + " lies outside " + year + ".");
            }
            if (!isWeekend(d)) {
                throw DomainViolation.invalid("swappedWorkingDays", "SWAPPED_DAY_NOT_WEEKEND",
                        "调休工作日 " + d + " 应为周末。", "Swapped working day " + d + " must fall on a weekend.");
            }
            if (holidays.stream().anyMatch(h -> h.covers(d))) {
                throw DomainViolation.invalid("swappedWorkingDays", "SWAPPED_DAY_IS_HOLIDAY",
                        d + " 不能既是假日又是调休工作日。", d + " cannot be both a holiday and a swapped working day.");
            }
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        if (swappedWorkingDays.contains(date)) {
            return true;
        }
        if (holidays.stream().anyMatch(h -> h.covers(date))) {
            return false;
        }
        return !isWeekend(date);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
