package cn.gov.platform.intake.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.support.domain.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Fixtures.calendar2026();

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-01-01, false", "2026-01-03, false", "2026-01-04, true",   // New Year, Sunday Jan 4 worked
            "2026-02-13, true", "2026-02-14, true", "2026-02-15, false",    // Spring Festival: Saturday Feb 14 worked
            "2026-02-23, false", "2026-02-24, true", "2026-02-28, true",    // ... and Saturday Feb 28 worked
            "2026-03-01, false", "2026-04-06, false", "2026-05-05, false",
            "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",    // Sunday Sep 20 worked
            "2026-09-25, false", "2026-10-01, false", "2026-10-07, false",
            "2026-10-08, true", "2026-10-10, true", "2026-10-11, false",    // Saturday Oct 10 worked
            "2026-03-07, false", "2026-03-09, true"})                       // an ordinary weekend and Monday
    void knowsEveryHolidayAndSwappedWorkingDayOf2026(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void aLimitCrossingTheSpringFestivalSkipsTheHolidayAndCountsTheSwappedSaturday() {
        // Accepted Thu Feb 12: Fri 13 (1), Sat 14 worked (2), Feb 15-23 off, Tue 24 (3).
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-02-12"), 3)).isEqualTo("2026-02-24");
        // Ten days from Fri Feb 13: 14, 24, 25, 26, 27, Sat 28 worked, Mar 2, 3, 4, 5.
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-02-13"), 10)).isEqualTo("2026-03-05");
    }

    @Test
    void aLimitCrossingNationalDayCountsSundaySeptember20AndSaturdayOctober10() {
        // From Fri Sep 18: Sun 20 worked (1), 21-24 (5), Sep 25-27 off, 28, 29, 30 (8), Oct 1-7 off, 8, 9 (10).
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-18"), 10)).isEqualTo("2026-10-09");
        // One more lands on the swapped Saturday Oct 10.
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-18"), 11)).isEqualTo("2026-10-10");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-10-01"), 0)).isEqualTo("2026-10-01");
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesExcludingTheFirst() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-24"))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"))).isZero();
    }

    @Test
    void refusesToGuessAYearWithoutData() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-12-30"), 5))
                .isInstanceOf(DomainViolation.class)
                .extracting(e -> ((DomainViolation) e).code()).isEqualTo("CALENDAR_YEAR_MISSING");
    }

    @Test
    void aSwappedWorkingDayMustBeAWeekendAndNotAHoliday() {
        assertThatThrownBy(() -> new CalendarYear(2026, "test", List.of(), Set.of(LocalDate.parse("2026-03-04"))))
                .hasMessageContaining("SWAPPED_DAY_NOT_WEEKEND");
        assertThatThrownBy(() -> new CalendarYear(2026, "test",
                List.of(new CalendarYear.Holiday("x", LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-08"))),
                Set.of(LocalDate.parse("2026-03-07")))).hasMessageContaining("SWAPPED_DAY_IS_HOLIDAY");
        assertThatThrownBy(() -> new CalendarYear(2026, "test",
                List.of(new CalendarYear.Holiday("x", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-02"))),
                Set.of())).hasMessageContaining("DATE_OUTSIDE_YEAR");
    }
}
