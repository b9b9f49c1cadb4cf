package cn.gov.platform.intake.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final String COUNTY = "640324000000";
    private static final String YUHAI = "640324100000";
    private static final String OTHER_TOWN = "640324101000";
    private final LightPolicy.Thresholds today = new LightPolicy(Fixtures.calendar2026(), 3).at(LocalDate.of(2026, 3, 10));

    private static Figures.MonthRow row(String division, String department, YearMonth month, long decided, long onTime,
            long immediate, long days) {
        return new Figures.MonthRow(new MonthKey(division, department, department + "-name", month),
                Tally.builder().add(Measure.DECIDED, decided).add(Measure.ON_TIME, onTime).add(Measure.IMMEDIATE, immediate)
                        .add(Measure.WORKING_DAYS, days).build());
    }

    private static Figures.DueRow due(String division, String department, LocalDate on, long count) {
        return new Figures.DueRow(new OpenItem.DueKey(division, department, ItemKind.CASE, on), department + "-name", count);
    }

    private final List<Figures.MonthRow> months = List.of(
            row(COUNTY, "market", YearMonth.of(2026, 2), 10, 9, 4, 30),
            row(COUNTY, "market", YearMonth.of(2026, 3), 10, 10, 6, 20),
            row(YUHAI, "center", YearMonth.of(2026, 3), 4, 2, 4, 0),
            row(OTHER_TOWN, "center", YearMonth.of(2026, 3), 100, 0, 0, 1000),
            row(COUNTY, "market", YearMonth.of(2025, 12), 1000, 0, 0, 0));
    private final List<Figures.DueRow> open = List.of(
            due(COUNTY, "market", LocalDate.of(2026, 3, 9), 2),   // red
            due(COUNTY, "market", LocalDate.of(2026, 3, 12), 3),  // yellow
            due(YUHAI, "center", LocalDate.of(2026, 4, 30), 5),   // green
            due(OTHER_TOWN, "center", LocalDate.of(2026, 3, 1), 7));

    @Test
    void aCountySupervisorsFiguresAreRatiosOfTheSumsInTheSpan() {
        Figures f = Figures.compute(DivisionScope.of(COUNTY), today, YearMonth.of(2026, 1), YearMonth.of(2026, 3), months,
                open);

        assertThat(f.total().decided()).isEqualTo(124);
        assertThat(f.total().onTimeRate()).isEqualTo(Math.round(21 * 10000.0 / 124) / 10000.0);
        assertThat(f.total().immediateShare()).isEqualTo(Math.round(14 * 10000.0 / 124) / 10000.0);
        assertThat(f.total().averageWorkingDays()).isEqualTo(Math.round(1050 * 10000.0 / 124) / 10000.0);
        assertThat(f.total().open().red()).isEqualTo(9);
        assertThat(f.total().open().yellow()).isEqualTo(3);
        assertThat(f.total().open().green()).isEqualTo(5);
        assertThat(f.months()).extracting(Figures.Month::month).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(f.departments()).hasSize(3);
        assertThat(f.levels()).extracting(Figures.Level::level).containsExactly(DivisionCode.Level.COUNTY,
                DivisionCode.Level.TOWNSHIP);
        Figures.Level county = f.levels().getFirst();
        assertThat(county.figures().decided()).isEqualTo(20);
        assertThat(county.figures().onTimeRate()).isEqualTo(0.95);
        assertThat(county.figures().immediateShare()).isEqualTo(0.5);
    }

    @Test
    void aTownshipSupervisorSeesOnlyTheTownship() {
        Figures f = Figures.compute(DivisionScope.of(YUHAI), today, YearMonth.of(2026, 1), YearMonth.of(2026, 3), months,
                open);

        assertThat(f.departments()).singleElement().satisfies(d -> {
            assertThat(d.division()).isEqualTo(YUHAI);
            assertThat(d.figures().decided()).isEqualTo(4);
            assertThat(d.figures().onTimeRate()).isEqualTo(0.5);
            assertThat(d.figures().immediateShare()).isEqualTo(1.0);
            assertThat(d.figures().open().green()).isEqualTo(5);
        });
        assertThat(f.total().open().red()).isZero();
    }

    @Test
    void withNothingToDivideARateIsAbsentNotZero() {
        Figures f = Figures.compute(DivisionScope.of("640324200000"), today, YearMonth.of(2026, 1),
                YearMonth.of(2026, 3), months, open);
        assertThat(f.total().decided()).isZero();
        assertThat(f.total().onTimeRate()).isNull();
        assertThat(f.total().averageRating()).isNull();
    }
}
