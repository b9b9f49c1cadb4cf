package cn.gov.platform.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryHolidaysTest {

    /**
     * Lunar New Year, Dragon Boat, Mid-Autumn and Qingming as the Purple Mountain Observatory
     * publishes them (GB/T 33661-2017). 2027 and 2030 are the years whose new moon falls within
     * minutes of midnight in Beijing (2027-02-06 23:56, 2030-02-03 00:07): a library whose new
     * moon is computed late or early, such as ICU4J 79.1 (2027-02-07, 2030-02-02), fails here.
     */
    @ParameterizedTest(name = "{0}: Spring Festival {1}, Qingming {2}, Dragon Boat {3}, Mid-Autumn {4}")
    @CsvSource({
            "2026, 2026-02-17, 2026-04-05, 2026-06-19, 2026-09-25",
            "2027, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
            "2028, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
            "2029, 2029-02-13, 2029-04-04, 2029-06-16, 2029-09-22",
            "2030, 2030-02-03, 2030-04-05, 2030-06-05, 2030-09-12"})
    void lunarDatesAndTheSolarTermAgreeWithThePurpleMountainObservatory(int year, LocalDate newYear,
            LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
        Map<Holiday, List<LocalDate>> days = StatutoryHolidays.statutoryDays(year);

        assertThat(days.get(Holiday.SPRING_FESTIVAL))
                .containsExactly(newYear.minusDays(1), newYear, newYear.plusDays(1), newYear.plusDays(2));
        assertThat(days.get(Holiday.QINGMING)).containsExactly(qingming);
        assertThat(days.get(Holiday.DRAGON_BOAT)).containsExactly(dragonBoat);
        assertThat(days.get(Holiday.MID_AUTUMN)).containsExactly(midAutumn);
    }

    @Test
    void everyStatutoryDayOf2026IsOffInTheOfficialNotice() {
        CalendarYear official = Official2026.year();

        StatutoryHolidays.statutoryDays(2026).values().stream().flatMap(List::stream)
                .forEach(day -> assertThat(official.isWorkingDay(day)).as(day + " is off in the notice").isFalse());
        // and the weekdays article 6 adds: Qingming (Sun Apr 5) made up on Mon Apr 6, Labour Day's
        // Saturday on Mon May 4, National Day's Saturday on Mon Oct 5, all off in the notice too
        // (weekends are the notice's to swap).
        CalendarYear derived = StatutoryHolidays.provisional(2026);
        for (LocalDate d = LocalDate.parse("2026-01-01"); d.getYear() == 2026; d = d.plusDays(1)) {
            if (!derived.isWorkingDay(d) && !CalendarYear.isWeekend(d)) {
                assertThat(official.isWorkingDay(d)).as(d + " is off in the notice").isFalse();
            }
        }
    }

    @Test
    void theProvisional2027MakesUpEveryHolidayThatFallsOnAWeekend() {
        CalendarYear year = StatutoryHolidays.provisional(2027);

        assertThat(year.isProvisional()).isTrue();
        assertThat(year.swappedWorkingDays()).isEmpty();
        assertThat(year.notice()).isNull();
        assertThat(year.holidays()).containsExactly(
                new HolidayPeriod(Holiday.NEW_YEAR, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-03")),
                // Eve Fri Feb 5, New Year Sat 6, Sun 7, Mon 8: the weekend two made up Tue 9, Wed 10.
                new HolidayPeriod(Holiday.SPRING_FESTIVAL, LocalDate.parse("2027-02-05"), LocalDate.parse("2027-02-10")),
                new HolidayPeriod(Holiday.QINGMING, LocalDate.parse("2027-04-03"), LocalDate.parse("2027-04-05")),
                // Sat May 1 and Sun May 2 made up Mon 3 and Tue 4.
                new HolidayPeriod(Holiday.LABOUR_DAY, LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-04")),
                new HolidayPeriod(Holiday.DRAGON_BOAT, LocalDate.parse("2027-06-09"), LocalDate.parse("2027-06-09")),
                new HolidayPeriod(Holiday.MID_AUTUMN, LocalDate.parse("2027-09-15"), LocalDate.parse("2027-09-15")),
                // Fri Oct 1, Sat 2, Sun 3: the weekend two made up Mon 4 and Tue 5.
                new HolidayPeriod(Holiday.NATIONAL_DAY, LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-05")));
    }

    @Test
    void aHolidayOnAnotherHolidayIsMadeUpToo() {
        // 2028: Mid-Autumn is Tue Oct 3, inside National Day (Sun Oct 1 - Tue Oct 3): Sunday and
        // the shared day are made up on Wed 4 and Thu 5, one period from the Saturday before.
        CalendarYear year = StatutoryHolidays.provisional(2028);

        assertThat(year.holidays()).contains(new HolidayPeriod(List.of(Holiday.MID_AUTUMN, Holiday.NATIONAL_DAY),
                LocalDate.parse("2028-09-30"), LocalDate.parse("2028-10-05")));
        assertThat(year.isWorkingDay(LocalDate.parse("2028-10-06"))).isTrue();
    }

    @Test
    void everyYearThePlatformServesCanBeDerived() {
        for (int y = WorkingDayCalendar.FIRST_YEAR; y <= WorkingDayCalendar.LAST_YEAR; y++) {
            CalendarYear year = StatutoryHolidays.provisional(y);
            long daysOff = year.holidays().stream().mapToLong(p -> p.to().toEpochDay() - p.from().toEpochDay() + 1).sum();
            assertThat(daysOff).as("days off in " + y).isBetween(13L, 40L);
        }
    }
}
