package cn.gov.platform.intake.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionTest {

    private static final MonthKey MARCH = new MonthKey("640324000000", "market", "市场监管局", YearMonth.of(2026, 3));

    private static OpenItem item(String id, LocalDate due) {
        return new OpenItem(id, ItemKind.CASE, id, null, "SCJG-002", "食品经营许可", "640324000000", "market",
                "市场监管局", LocalDate.of(2026, 3, 2), due, false);
    }

    @Test
    void aDecidedCaseMovesFromTheOpenCounterToItsMonth() {
        Contribution open = new Contribution(List.of(item("c1", LocalDate.of(2026, 3, 16))), Map.of());
        Contribution decided = new Contribution(List.of(), Map.of(MARCH,
                Tally.builder().add(Measure.DECIDED, 1).add(Measure.ON_TIME, 1).build()));

        assertThat(decided.dueDelta(open)).containsExactly(Map.entry(item("c1", LocalDate.of(2026, 3, 16)).dueKey(), -1L));
        assertThat(decided.monthDelta(open).get(MARCH).get(Measure.DECIDED)).isEqualTo(1);
        assertThat(decided.closedSince(open)).containsExactly("c1");
    }

    @Test
    void theSameContributionTwiceMovesNothing() {
        Contribution c = new Contribution(List.of(item("c1", LocalDate.of(2026, 3, 16))), Map.of(MARCH,
                Tally.builder().add(Measure.RATINGS, 1).build()));
        assertThat(c.dueDelta(c)).isEmpty();
        assertThat(c.monthDelta(c)).isEmpty();
        assertThat(c.closedSince(c)).isEmpty();
    }

    @Test
    void aMovedDueDateTakesOneFromTheOldDayAndAddsOneToTheNew() {
        Contribution before = new Contribution(List.of(item("c1", LocalDate.of(2026, 3, 16))), Map.of());
        Contribution after = new Contribution(List.of(item("c1", LocalDate.of(2026, 3, 20))), Map.of());
        assertThat(after.dueDelta(before)).containsOnly(Map.entry(item("c1", LocalDate.of(2026, 3, 16)).dueKey(), -1L),
                Map.entry(item("c1", LocalDate.of(2026, 3, 20)).dueKey(), 1L));
        assertThat(after.closedSince(before)).isEmpty();
    }

    @Test
    void talliesAddAndSubtractMeasureByMeasure() {
        Tally a = Tally.builder().add(Measure.DECIDED, 2).add(Measure.ON_TIME, 1).build();
        Tally b = Tally.builder().add(Measure.DECIDED, 1).count(Measure.IMMEDIATE, true).count(Measure.DEEMED, false).build();
        assertThat(a.plus(b).get(Measure.DECIDED)).isEqualTo(3);
        assertThat(a.plus(b).get(Measure.IMMEDIATE)).isEqualTo(1);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(b.get(Measure.DEEMED)).isZero();
    }
}
