package cn.gov.platform.credit.checks.domain;

import static cn.gov.platform.credit.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.classes.domain.CreditClass;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.Measure;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckPolicyTest {

    private static final MeasureCatalogue CATALOGUE = Fixtures.catalogue();
    private static final Map<String, List<Measure>> MEASURES = CATALOGUE.effectiveOn(Fixtures.TODAY);
    private static final long DAY = Fixtures.TODAY.toEpochDay();

    private static List<String> ids(List<AppliedMeasure> measures) {
        return measures.stream().map(AppliedMeasure::measureId).toList();
    }

    @Test
    void noEntriesMeansNoMeasures() {
        Evaluation e = CheckPolicy.evaluate(List.of(), null, "SCJG-002", DAY, MEASURES);

        assertThat(e.standing()).isEqualTo(Standing.NO_MEASURES);
        assertThat(e.entries()).isEmpty();
    }

    @Test
    void aSeriousMarketViolatorIsRefusedTheFoodPermitOnlyAndReviewedEverywhere() {
        List<ActiveEntry> entries = List.of(active("E1", ListColour.BLACK, "SERIOUS_MARKET_VIOLATION"));

        Evaluation food = CheckPolicy.evaluate(entries, null, "SCJG-002", DAY, MEASURES);
        Evaluation other = CheckPolicy.evaluate(entries, null, "MZ-002", DAY, MEASURES);

        assertThat(food.standing()).isEqualTo(Standing.RESTRICTIONS);
        assertThat(ids(food.restrictions())).containsExactlyInAnyOrder("MARKET-REFUSE", "MARKET-REVIEW", "MARKET-NO-TOLERANCE");
        assertThat(food.restrictions()).allSatisfy(m -> assertThat(m.becauseOf()).containsExactly("E1"));
        assertThat(ids(other.restrictions())).containsExactlyInAnyOrder("MARKET-REVIEW", "MARKET-NO-TOLERANCE");
    }

    @Test
    void aRedListedPersonGetsToleranceAndPriority() {
        Evaluation e = CheckPolicy.evaluate(List.of(active("E2", ListColour.RED, "HONESTY_MODEL")), null, "MZ-002", DAY,
                MEASURES);

        assertThat(e.standing()).isEqualTo(Standing.INCENTIVES);
        assertThat(ids(e.incentives())).containsExactlyInAnyOrder("RED-TOLERANCE", "RED-PRIORITY");
        assertThat(e.restrictions()).isEmpty();
    }

    @Test
    void restrictionsWinOverIncentivesForTheSameItem() {
        List<ActiveEntry> both = List.of(active("R", ListColour.RED, "HONESTY_MODEL"),
                active("B", ListColour.BLACK, "DISHONEST_JUDGMENT_DEBTOR"));

        Evaluation e = CheckPolicy.evaluate(both, null, "MZ-002", DAY, MEASURES);

        assertThat(e.standing()).isEqualTo(Standing.RESTRICTIONS);
        assertThat(e.incentives()).isEmpty();
        assertThat(e.entries()).extracting(ActiveEntry::entryId).containsExactly("R", "B");
    }

    @Test
    void aMeasureTriggeredByTwoEntriesIsAppliedOnceCitingBoth() {
        List<ActiveEntry> two = List.of(active("B1", ListColour.BLACK, "DISHONEST_JUDGMENT_DEBTOR"),
                active("B2", ListColour.BLACK, "DISHONEST_JUDGMENT_DEBTOR"));

        Evaluation e = CheckPolicy.evaluate(two, null, "MZ-002", DAY, MEASURES);

        assertThat(ids(e.restrictions())).containsExactlyInAnyOrder("DEBTOR-NO-TOLERANCE", "DEBTOR-REVIEW");
        assertThat(e.restrictions()).allSatisfy(m -> assertThat(m.becauseOf()).containsExactly("B1", "B2"));
    }

    @Test
    void anEntryOutsideItsDatesIsNotCited() {
        ActiveEntry future = new ActiveEntry("F", ListColour.BLACK, "DISHONEST_JUDGMENT_DEBTOR", "d", "b",
                DAY + 1, Long.MAX_VALUE);

        Evaluation e = CheckPolicy.evaluate(List.of(future), null, "MZ-002", DAY, MEASURES);

        assertThat(e.standing()).isEqualTo(Standing.NO_MEASURES);
        assertThat(e.entries()).isEmpty();
    }

    @Test
    void aClassDEnterpriseGetsTheClassMeasureCitingTheClass() {
        Evaluation e = CheckPolicy.evaluate(List.of(), CreditClass.D, "MZ-002", DAY, MEASURES);

        assertThat(ids(e.restrictions())).containsExactly("CLASS-D-REVIEW");
        assertThat(e.restrictions().getFirst().becauseOf()).containsExactly("CREDIT_CLASS_D");
        assertThat(e.creditClass()).isEqualTo(CreditClass.D);
    }

    @Test
    void theVersionInEffectOnTheDayIsCited() {
        List<ActiveEntry> wages = List.of(active("W", ListColour.BLACK, "WAGE_ARREARS"));
        Map<String, List<Measure>> june = CATALOGUE.effectiveOn(LocalDate.of(2026, 6, 30));
        Map<String, List<Measure>> july = CATALOGUE.effectiveOn(LocalDate.of(2026, 7, 1));

        assertThat(CheckPolicy.evaluate(wages, null, "JT-001", LocalDate.of(2026, 6, 30).toEpochDay(), june).standing())
                .isEqualTo(Standing.NO_MEASURES);
        Evaluation e = CheckPolicy.evaluate(wages, null, "JT-001", LocalDate.of(2026, 7, 1).toEpochDay(), july);
        assertThat(e.restrictions()).singleElement().satisfies(m -> {
            assertThat(m.measureId()).isEqualTo("WAGE-REVIEW");
            assertThat(m.measureVersion()).isEqualTo(2);
        });
    }
}
