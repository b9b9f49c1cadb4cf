package cn.gov.platform.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Official2026.calendar();

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
    void aDeadlineIntoAnUnpublishedYearIsComputedOnTheProvisionalYearAndSaysSo() {
        // Mon Dec 21 2026 + 20 working days: Dec 22-31 (8), Jan 1 2027 off (New Year, a Friday),
        // Jan 4-8 (13), Jan 11-15 (18), Jan 18, 19 (20).
        WorkingDayCalendar.Due due = calendar.due(LocalDate.parse("2026-12-21"), 20);

        assertThat(due.date()).isEqualTo("2027-01-19");
        assertThat(due.provisional()).isTrue();
        assertThat(calendar.year(2027).isProvisional()).isTrue();
        assertThat(calendar.due(LocalDate.parse("2026-12-01"), 5).provisional()).isFalse();
    }

    @Test
    void aPublishedYearReplacesTheProvisionalOneAtOnce() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-11"))).isTrue();   // provisional: Spring Festival ends Feb 10

        CalendarYear official2027 = new YearPublication(2027, "国办发明电〔2026〕1号", LocalDate.parse("2026-11-01"), null,
                List.of(Official2026.entry("SPRING_FESTIVAL", "2027-02-05", "2027-02-13")), Official2026.dates("2027-02-14"))
                .toOfficialYear(1, "admin", java.time.Instant.EPOCH);
        calendar.replace(List.of(Official2026.year(), official2027));

        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-11"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-14"))).isTrue();    // a swapped Sunday
        assertThat(calendar.year(2027).version()).isEqualTo(1);
        assertThat(calendar.isProvisional(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-02-01"))).isFalse();
    }

    @Test
    void computesNothingOutsideTheYearsItServes() {
        assertThatThrownBy(() -> calendar.year(1948)).isInstanceOf(DomainViolation.class)
                .extracting(e -> ((DomainViolation) e).code()).isEqualTo("YEAR_OUT_OF_RANGE");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2101-01-03"))).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-01-05"), -1))
                .extracting(e -> ((DomainViolation) e).code()).isEqualTo("NEGATIVE_DAYS");
    }
}
