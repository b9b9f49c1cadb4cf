package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credit check of a case (CRE-2): what a decision waits for, what a REFUSE rules out, what is fed back. */
class CreditAssessmentTest {

    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");

    /** A check answering the given measure kinds (measure ids {@code m-<kind>}), as credit would. */
    static CreditRecord check(String id, String... kinds) {
        CreditRecord r = CreditMeasuresTest.check(kinds.length == 0 ? "NO_MEASURES" : "RESTRICTIONS",
                CreditMeasuresTest.BLACK, kinds);
        return new CreditRecord(id, r.stage(), r.standing(), r.measures(), r.entries(), AT);
    }

    @Test
    void aDecisionWaitsForACheckThatCouldNotBeMadeAndTheLaterCheckIsKeptOnce() {
        CreditAssessment pending = CreditAssessment.NOT_CHECKED.atAcceptance(CreditStatus.PENDING, null);

        assertThatThrownBy(pending::requireAnswered).hasMessageContaining("CREDIT_CHECK_PENDING");
        CreditAssessment checked = pending.checkedBeforeDecision(check("check-2"));
        checked.requireAnswered();
        assertThat(checked.status()).isEqualTo(CreditStatus.CHECKED);
        assertThat(checked.record().checkId()).isEqualTo("check-2");
        assertThat(checked.checkedBeforeDecision(check("check-3")).record().checkId())
                .as("a case already checked keeps its check").isEqualTo("check-2");
    }

    @Test
    void aRefuseMeasureRulesOutApprovalCitingTheMeasureAndIsFedBackWhenTheCaseIsRejected() {
        CreditAssessment refused = CreditAssessment.NOT_CHECKED.atAcceptance(CreditStatus.CHECKED,
                check("check-1", "REFUSE"));

        assertThatThrownBy(refused::requireApprovable).hasMessageContaining("CREDIT_RESTRICTION_REFUSES")
                .hasMessageContaining("m-REFUSE");
        assertThat(refused.rejected(AT).feedback()).extracting(CreditFeedback::action, CreditFeedback::measureIds)
                .containsExactly(tuple("REFUSED", List.of("m-REFUSE")));
        CreditAssessment.NOT_CHECKED.atAcceptance(CreditStatus.CHECKED, check("check-1", "NO_TOLERANCE"))
                .requireApprovable();
        assertThat(CreditAssessment.NOT_CHECKED.rejected(AT).feedback()).isEmpty();
    }

    @Test
    void aRefusalAtTheWindowKeepsACheckWithARefuseMeasureCitesItsBasisAndFeedsItBack() {
        CreditRecord black = check("check-1", "REFUSE");

        assertThat(CreditAssessment.basisOfRefusal(black, null)).isEqualTo("《失信被执行人联合惩戒备忘录》");
        assertThat(CreditAssessment.basisOfRefusal(black, "《行政许可法》第三十二条")).isEqualTo("《行政许可法》第三十二条");
        assertThat(CreditAssessment.basisOfRefusal(null, null)).isNull();
        CreditAssessment refused = CreditAssessment.NOT_CHECKED.refusedAtWindow(black, AT);
        assertThat(refused.status()).isEqualTo(CreditStatus.CHECKED);
        assertThat(refused.feedback()).extracting(CreditFeedback::action).containsExactly("REFUSED");
        assertThat(refused.feedbackPending()).isTrue();
        assertThat(CreditAssessment.NOT_CHECKED.refusedAtWindow(check("check-1", "NO_TOLERANCE"), AT))
                .as("no REFUSE: nothing to keep").isEqualTo(CreditAssessment.NOT_CHECKED);
    }

    @Test
    void whatWasDoneWithTheMeasuresIsFedBackOncePerCheckAndAction() {
        CreditRecord record = check("check-1", "TOLERANCE_ALLOWED", "GREEN_CHANNEL", "ADDITIONAL_REVIEW");
        CreditAssessment fed = CreditAssessment.NOT_CHECKED.atAcceptance(CreditStatus.CHECKED, record)
                .applied(record, true, List.of("m-GREEN_CHANNEL"), true, AT);

        assertThat(fed.feedback()).extracting(CreditFeedback::action, CreditFeedback::measureIds).containsExactly(
                tuple("TOLERANCE_GRANTED", List.of("m-TOLERANCE_ALLOWED")),
                tuple("PRIORITY_GIVEN", List.of("m-GREEN_CHANNEL")),
                tuple("ADDITIONAL_REVIEW", List.of("m-ADDITIONAL_REVIEW")));
        assertThat(fed.applied(record, true, List.of("m-GREEN_CHANNEL"), true, AT).feedback())
                .as("the same check and action is fed back once").hasSize(3);
        assertThat(fed.feedback()).noneMatch(CreditFeedback::isSent);
    }

    @Test
    void aCheckWhoseMeasuresChangedNothingIsFedBackAsNoAction() {
        CreditRecord record = check("check-1", "TOLERANCE_ALLOWED");

        CreditAssessment fed = CreditAssessment.NOT_CHECKED.atAcceptance(CreditStatus.CHECKED, record)
                .applied(record, false, List.of(), false, AT);

        assertThat(fed.feedback()).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo("NO_ACTION");
            assertThat(f.note()).contains("RESTRICTIONS");
        });
    }

    @Test
    void theIncentivesThatPutACaseFirstAreTheGreenChannelAndPriorityHandling() {
        assertThat(CreditAssessment.priorityMeasures(check("c", "GREEN_CHANNEL", "ADDITIONAL_REVIEW",
                "PRIORITY_HANDLING"))).containsExactly("m-GREEN_CHANNEL", "m-PRIORITY_HANDLING");
        assertThat(CreditAssessment.priorityMeasures(check("c", "REFUSE"))).isEmpty();
    }
}
