package cn.gov.platform.credit.calendar.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.ServedYear;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Intake's answer, exactly in the shape of its contract, becomes the kernel's official years, or is refused whole. */
class IntakePublishedYearsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<IntakeCalendarClient.PublishedYear> read(String body) {
        return JSON.readValue(body, new TypeReference<>() {
        });
    }

    @Test
    void theContractsShapeBecomesTheOfficialYearWithItsNoticeVersionAndPublisher() {
        List<CalendarYear> years = IntakePublishedYears.toYears(read("""
                [{"year":2026,"version":1,"notice":{"number":"国办发明电〔2025〕7号","date":"2025-11-04","title":"关于2026年部分节假日安排的通知"},
                  "holidays":[{"names":["NEW_YEAR"],"from":"2026-01-01","to":"2026-01-03"},
                              {"names":["SPRING_FESTIVAL"],"from":"2026-02-15","to":"2026-02-23"}],
                  "swappedWorkingDays":["2026-01-04","2026-02-14","2026-02-28"],"publishedBy":"seed","publishedAt":"2026-12-06T01:00:00Z"}]
                """));

        assertThat(years).singleElement().satisfies(y -> {
            assertThat(y.isProvisional()).isFalse();
            assertThat(y.version()).isEqualTo(1);
            assertThat(y.notice().number()).isEqualTo("国办发明电〔2025〕7号");
            assertThat(y.publishedBy()).isEqualTo("seed");
            assertThat(y.publishedAt()).isEqualTo(Instant.parse("2026-12-06T01:00:00Z"));
            assertThat(y.holidays().get(1).holidays()).containsExactly(Holiday.SPRING_FESTIVAL);
            assertThat(y.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
            assertThat(y.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        });
        assertThat(IntakePublishedYears.toYears(read("[" + ServedYear.OFFICIAL_2026.json() + "]")))
                .containsExactly(ServedYear.OFFICIAL_2026.calendarYear());
    }

    @Test
    void aYearWithFaultsIsRefusedNamingEveryFaultSoTheYearsHeldStay() {
        assertThatThrownBy(() -> IntakePublishedYears.toYears(read("""
                [{"year":2027,"version":2,"notice":{"number":"x","date":"2026-11-01"},
                  "holidays":[{"names":["HARVEST"],"from":"2027-10-01","to":"2027-10-03"}],
                  "swappedWorkingDays":["2027-10-06"],"publishedBy":"admin","publishedAt":"2026-11-02T00:00:00Z"}]
                """))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2027").hasMessageContaining("UNKNOWN_HOLIDAY").hasMessageContaining("SWAPPED_DAY_NOT_WEEKEND");
    }

    @Test
    void anAnswerWithoutAnyYearOrWithoutItsVersionIsRefused() {
        assertThatThrownBy(() -> IntakePublishedYears.toYears(List.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IntakePublishedYears.toYears(List.of(new IntakeCalendarClient.PublishedYear(2026, 0,
                new IntakeCalendarClient.Notice("x", LocalDate.of(2025, 11, 4), null), List.of(), List.of(), null, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026");
    }
}
