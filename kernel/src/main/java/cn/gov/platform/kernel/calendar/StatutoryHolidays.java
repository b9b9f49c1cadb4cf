package cn.gov.platform.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.SolarTerm;

/**
 * A provisional year derived from 全国年节及纪念日放假办法 as amended in 2024, for a year whose
 * official notice is not out yet. Article 2's holidays of all citizens: New Year's Day (1 January),
 * the Spring Festival (lunar New Year's Eve and the first three days of the first lunar month),
 * Qingming (the day of the solar term), Labour Day (1-2 May), the Dragon Boat Festival (5th day of
 * the 5th lunar month), the Mid-Autumn Festival (15th day of the 8th lunar month) and National Day
 * (1-3 October). Article 6: a holiday that falls on a Saturday or Sunday is made up on the
 * following working day; so is one that falls on another holiday (2028's Mid-Autumn Festival is
 * 3 October). A provisional year has no swapped working days: those only the notice can set.
 *
 * <p>Lunar dates and the solar term come from Time4J's {@link ChineseCalendar}, which computes new
 * moons and solar longitudes for the meridian of 120°E as GB/T 33661-2017 prescribes; its dates for
 * 2020-2060 agree with the Purple Mountain Observatory's (see the kernel's tests).
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /** The holidays' own days in {@code year}, before article 6 makes up any of them. */
    public static Map<Holiday, List<LocalDate>> statutoryDays(int year) {
        Map<Holiday, List<LocalDate>> days = new LinkedHashMap<>();
        days.put(Holiday.NEW_YEAR, List.of(LocalDate.of(year, 1, 1)));
        LocalDate lunarNewYear = date(ChineseCalendar.ofNewYear(year));
        days.put(Holiday.SPRING_FESTIVAL, List.of(lunarNewYear.minusDays(1), lunarNewYear, lunarNewYear.plusDays(1),
                lunarNewYear.plusDays(2)));
        days.put(Holiday.QINGMING, List.of(date(SolarTerm.MINOR_03_QINGMING_015.onOrAfter(ChineseCalendar.ofNewYear(year)))));
        days.put(Holiday.LABOUR_DAY, List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)));
        days.put(Holiday.DRAGON_BOAT, List.of(lunar(year, 5, 5)));
        days.put(Holiday.MID_AUTUMN, List.of(lunar(year, 8, 15)));
        days.put(Holiday.NATIONAL_DAY, List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2),
                LocalDate.of(year, 10, 3)));
        return days;
    }

    /** The provisional year: statutory days off, made up by article 6, grouped into periods with the weekends around them. */
    public static CalendarYear provisional(int year) {
        TreeMap<LocalDate, Set<Holiday>> off = new TreeMap<>();
        List<Map.Entry<Holiday, List<LocalDate>>> inOrder = new ArrayList<>(statutoryDays(year).entrySet());
        inOrder.sort(Map.Entry.comparingByValue((a, b) -> a.getFirst().compareTo(b.getFirst())));
        for (Map.Entry<Holiday, List<LocalDate>> holiday : inOrder) {
            int owed = 0;
            for (LocalDate day : holiday.getValue()) {
                if (CalendarYear.isWeekend(day) || off.containsKey(day)) {
                    owed++;
                }
                off.computeIfAbsent(day, d -> EnumSet.noneOf(Holiday.class)).add(holiday.getKey());
            }
            LocalDate day = holiday.getValue().getLast();
            while (owed > 0) {
                day = day.plusDays(1);
                if (!CalendarYear.isWeekend(day) && !off.containsKey(day)) {
                    off.computeIfAbsent(day, d -> EnumSet.noneOf(Holiday.class)).add(holiday.getKey());
                    owed--;
                }
            }
        }
        return new CalendarYear(year, CalendarYear.Basis.PROVISIONAL, 0, null, periods(year, off), new TreeSet<>(),
                null, null);
    }

    /** Runs of days off, each widened over the weekend days next to it (within the year), named by their holidays. */
    private static List<HolidayPeriod> periods(int year, TreeMap<LocalDate, Set<Holiday>> off) {
        List<HolidayPeriod> periods = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = null;
        LocalDate to = null;
        Set<Holiday> names = EnumSet.noneOf(Holiday.class);
        for (Map.Entry<LocalDate, Set<Holiday>> day : off.entrySet()) {
            LocalDate d = day.getKey();
            if (to != null && !onlyWeekendsBetween(to, d)) {
                periods.add(new HolidayPeriod(List.copyOf(names), widenBack(from, first), widenForward(to, last)));
                from = null;
                names = EnumSet.noneOf(Holiday.class);
            }
            if (from == null) {
                from = d;
            }
            to = d;
            names.addAll(day.getValue());
        }
        if (from != null) {
            periods.add(new HolidayPeriod(List.copyOf(names), widenBack(from, first), widenForward(to, last)));
        }
        return periods;
    }

    private static boolean onlyWeekendsBetween(LocalDate a, LocalDate b) {
        for (LocalDate d = a.plusDays(1); d.isBefore(b); d = d.plusDays(1)) {
            if (!CalendarYear.isWeekend(d)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate widenBack(LocalDate from, LocalDate limit) {
        while (from.isAfter(limit) && CalendarYear.isWeekend(from.minusDays(1))) {
            from = from.minusDays(1);
        }
        return from;
    }

    private static LocalDate widenForward(LocalDate to, LocalDate limit) {
        while (to.isBefore(limit) && CalendarYear.isWeekend(to.plusDays(1))) {
            to = to.plusDays(1);
        }
        return to;
    }

    private static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar newYear = ChineseCalendar.ofNewYear(year);
        return date(newYear.with(ChineseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(month))
                .with(ChineseCalendar.DAY_OF_MONTH, day));
    }

    private static LocalDate date(ChineseCalendar date) {
        PlainDate gregorian = date.transform(PlainDate.axis());
        return LocalDate.of(gregorian.getYear(), gregorian.getMonth(), gregorian.getDayOfMonth());
    }
}
