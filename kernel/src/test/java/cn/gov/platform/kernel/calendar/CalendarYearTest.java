package cn.gov.platform.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarYearTest {

    @Test
    void theOfficial2026IsAcceptedAsTheNoticeGivesIt() {
        CalendarYear year = Official2026.year();

        assertThat(year.basis()).isEqualTo(CalendarYear.Basis.OFFICIAL);
        assertThat(year.version()).isEqualTo(1);
        assertThat(year.notice().date()).isEqualTo("2025-11-04");
        assertThat(year.holidays()).hasSize(7);
        assertThat(year.holidays().get(1).nameZh()).isEqualTo("春节");
        assertThat(year.swappedWorkingDays()).hasSize(6);
    }

    @Test
    void reportsEveryFaultOfAYearAtOnceAndNamesEachField() {
        YearPublication wrong = new YearPublication(2027, " ", null, null, List.of(
                new YearPublication.Entry(List.of("Christmas"), LocalDate.parse("2027-12-25"), LocalDate.parse("2027-12-25")),
                new YearPublication.Entry(List.of("SPRING_FESTIVAL"), LocalDate.parse("2027-02-12"), LocalDate.parse("2027-02-05")),
                new YearPublication.Entry(List.of("NATIONAL_DAY"), LocalDate.parse("2027-10-01"), LocalDate.parse("2028-01-07")),
                new YearPublication.Entry(List.of("LABOUR_DAY"), LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-05")),
                new YearPublication.Entry(List.of("QINGMING", "LABOUR_DAY"), LocalDate.parse("2027-05-05"), LocalDate.parse("2027-05-06"))),
                Arrays.asList(LocalDate.parse("2027-03-03"), LocalDate.parse("2027-05-01"), LocalDate.parse("2026-12-27"),
                        null));

        DomainViolation v = catchThrowableOfType(DomainViolation.class, () -> wrong.toOfficialYear(1, "admin", Instant.EPOCH));

        assertThat(v.code()).isEqualTo("CALENDAR_YEAR_INVALID");
        assertThat(v.kind()).isEqualTo(DomainViolation.Kind.INVALID);
        assertThat(v.faults()).extracting(f -> f.field() + " " + f.code()).containsExactlyInAnyOrder(
                "holidays[0].names UNKNOWN_HOLIDAY",
                "holidays[1].to HOLIDAY_ENDS_BEFORE_START",
                "holidays[2].to DATE_OUTSIDE_YEAR",
                "holidays[4].names DUPLICATE_HOLIDAY",
                "holidays[4].from HOLIDAYS_OVERLAP",
                "notice.number NOTICE_NUMBER_MISSING",
                "notice.date REQUIRED",
                "swappedWorkingDays[0] SWAPPED_DAY_NOT_WEEKEND",
                "swappedWorkingDays[1] SWAPPED_DAY_IS_HOLIDAY",
                "swappedWorkingDays[2] DATE_OUTSIDE_YEAR",
                "swappedWorkingDays[3] REQUIRED");
        assertThat(v.faults()).allSatisfy(f -> {
            assertThat(f.message().zh()).isNotBlank();
            assertThat(f.message().en()).isNotBlank();
        });
    }

    @Test
    void aYearOutsideTheRangeIsRefused() {
        for (int year : new int[] {1948, 2101}) {
            DomainViolation v = catchThrowableOfType(DomainViolation.class, () -> new YearPublication(year, "x",
                    LocalDate.of(1900, 1, 1), null, List.of(), List.of()).toOfficialYear(1, "admin", Instant.EPOCH));
            assertThat(v.faults()).extracting(DomainViolation.Fault::code).containsExactly("YEAR_OUT_OF_RANGE");
        }
    }

    @Test
    void holidayNamesAreKnownByCodeChineseOrEnglish() {
        assertThat(Holiday.named("春节")).contains(Holiday.SPRING_FESTIVAL);
        assertThat(Holiday.named("mid-autumn festival")).contains(Holiday.MID_AUTUMN);
        assertThat(Holiday.named("dragon_boat")).contains(Holiday.DRAGON_BOAT);
        assertThat(Holiday.named("圣诞节")).isEmpty();
    }

    @Test
    void aPeriodOfTwoHolidaysIsNamedByBoth() {
        HolidayPeriod p = new HolidayPeriod(List.of(Holiday.NATIONAL_DAY, Holiday.MID_AUTUMN), LocalDate.parse("2020-10-01"),
                LocalDate.parse("2020-10-08"));
        assertThat(p.nameZh()).isEqualTo("国庆节、中秋节");
        assertThat(p.nameEn()).isEqualTo("National Day and Mid-Autumn Festival");
    }
}
