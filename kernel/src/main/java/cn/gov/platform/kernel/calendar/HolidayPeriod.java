package cn.gov.platform.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stretch of days off for one holiday, or for two that fall together (2020's National Day and
 * Mid-Autumn Festival were one period of eight days). Every day from {@code from} to {@code to} is off.
 */
public record HolidayPeriod(List<Holiday> holidays, LocalDate from, LocalDate to) {

    public HolidayPeriod {
        holidays = List.copyOf(holidays);
        if (holidays.isEmpty() || to.isBefore(from)) {
            throw new IllegalArgumentException("A holiday period names a holiday and ends on or after its start");
        }
    }

    public HolidayPeriod(Holiday holiday, LocalDate from, LocalDate to) {
        this(List.of(holiday), from, to);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public String nameZh() {
        return holidays.stream().map(Holiday::zh).collect(Collectors.joining("、"));
    }

    public String nameEn() {
        return holidays.stream().map(Holiday::en).collect(Collectors.joining(" and "));
    }
}
