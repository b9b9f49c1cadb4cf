package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision chain (INT-9): each role in turn, nobody twice, the last step decides, names on the decision. */
class DecisionChainTest {

    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    static final Instant AT = Instant.parse("2026-02-27T03:00:00Z");
    static final DecisionChain THREE_STEPS = DecisionChain.of(List.of(StaffRole.HANDLER, StaffRole.REVIEWER,
            StaffRole.APPROVER));

    private static DecisionChain afterHandler() {
        return THREE_STEPS.with(THREE_STEPS.opinion(CLERK, StaffRole.HANDLER, CaseState.ACCEPTED, Verdict.APPROVE,
                "材料齐全", null, false, AT));
    }

    @Test
    void theWindowAwaitsTheHandlerThenEachRoleOfTheChainInTurnAndNobodyOnceDecided() {
        assertThat(THREE_STEPS.awaited(CaseState.SUBMITTED)).isEqualTo(StaffRole.HANDLER);
        assertThat(THREE_STEPS.awaited(CaseState.DRAFT)).isNull();
        assertThat(THREE_STEPS.awaited(CaseState.ACCEPTED)).isEqualTo(StaffRole.HANDLER);
        assertThat(afterHandler().awaited(CaseState.UNDER_REVIEW)).isEqualTo(StaffRole.REVIEWER);
        assertThat(afterHandler().awaited(CaseState.APPROVED)).isNull();
        assertThat(afterHandler().atLastStep()).isFalse();
    }

    @Test
    void aStepOutOfTurnAStepBySomeoneWhoTookAnotherAndAStepWithoutReasonsAreRefused() {
        assertThatThrownBy(() -> THREE_STEPS.opinion(APPROVER, StaffRole.APPROVER, CaseState.ACCEPTED, Verdict.APPROVE,
                "准予", null, false, AT)).hasMessageContaining("NOT_YOUR_STEP");
        assertThatThrownBy(() -> afterHandler().opinion(CLERK, StaffRole.REVIEWER, CaseState.UNDER_REVIEW,
                Verdict.APPROVE, "同意", null, false, AT)).hasMessageContaining("SAME_PERSON_TWO_STEPS");
        assertThatThrownBy(() -> afterHandler().opinion(REVIEWER, StaffRole.REVIEWER, CaseState.UNDER_REVIEW,
                Verdict.APPROVE, " ", null, false, AT)).hasMessageContaining("REASON_REQUIRED");
    }

    @Test
    void theLeadDepartmentOfAJointCaseReviewsButDoesNotDecide() {
        DecisionChain reviewed = afterHandler().with(afterHandler().opinion(REVIEWER, StaffRole.REVIEWER,
                CaseState.UNDER_REVIEW, Verdict.APPROVE, "同意", null, true, AT));

        assertThat(reviewed.atLastStep()).isTrue();
        assertThatThrownBy(() -> reviewed.opinion(APPROVER, StaffRole.APPROVER, CaseState.UNDER_REVIEW,
                Verdict.APPROVE, "准予", null, true, AT)).hasMessageContaining("JOINT_CASE_DECIDED_BY_TASKS");
    }

    @Test
    void anAdditionalReviewerComesBeforeTheDecidingStepWhileThereIsStillOne() {
        DecisionChain longer = THREE_STEPS.withAdditionalReviewer();
        assertThat(longer.steps()).containsExactly(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.REVIEWER,
                StaffRole.APPROVER);
        assertThat(DecisionChain.of(List.of(StaffRole.HANDLER)).withAdditionalReviewer().steps())
                .as("an immediate item gets its reviewer after the handler").containsExactly(StaffRole.HANDLER,
                        StaffRole.REVIEWER);
        assertThatThrownBy(() -> DecisionChain.of(List.of(StaffRole.HANDLER)).withAdditionalReviewer()
                .requireSingleStep()).hasMessageContaining("ADDITIONAL_REVIEW_REQUIRED");
        DecisionChain.of(List.of(StaffRole.HANDLER)).requireSingleStep();

        DecisionChain allTaken = new DecisionChain(List.of(StaffRole.HANDLER), List.of(new Opinion(StaffRole.HANDLER,
                "clerk-1", "demo-clerk", Verdict.APPROVE, "当场办结", null, AT)), null);
        assertThat(allTaken.canAddReviewer()).isFalse();
        assertThat(THREE_STEPS.canAddReviewer()).isTrue();
    }

    @Test
    void theDecisionNamesWhoHandledReviewedAndApprovedAndIsOnTimeByThePromisedDateAsItStands() {
        DecisionChain reviewed = afterHandler().with(afterHandler().opinion(REVIEWER, StaffRole.REVIEWER,
                CaseState.UNDER_REVIEW, Verdict.APPROVE, "同意", null, false, AT));
        Opinion last = reviewed.opinion(APPROVER, StaffRole.APPROVER, CaseState.UNDER_REVIEW, Verdict.APPROVE, "准予",
                null, false, AT);
        DecisionChain.Signatures names = reviewed.signedWith(last);

        Decision onTime = names.decision(Verdict.APPROVE, "准予", null, APPROVER, AT, LocalDate.parse("2026-02-27"));
        Decision late = names.decision(Verdict.APPROVE, "准予", null, APPROVER, AT, LocalDate.parse("2026-02-26"));

        assertThat(onTime.handler()).isEqualTo("demo-clerk");
        assertThat(onTime.reviewer()).isEqualTo("demo-reviewer");
        assertThat(onTime.approver()).isEqualTo("demo-approver");
        assertThat(onTime.onTime()).isTrue();
        assertThat(late.onTime()).isFalse();
        assertThat(new DecisionChain.Signatures(null, null, null).decision(Verdict.APPROVE, "当场办结", null, CLERK, AT,
                null).handler()).as("decided at the window: the handler is who decided").isEqualTo("demo-clerk");
    }

    @Test
    void aRejectionStatesItsLegalBasis() {
        assertThatThrownBy(() -> DecisionChain.requireBasisOfRefusal(Verdict.REJECT, " "))
                .hasMessageContaining("LEGAL_BASIS_REQUIRED");
        DecisionChain.requireBasisOfRefusal(Verdict.REJECT, "《行政许可法》第三十八条");
        DecisionChain.requireBasisOfRefusal(Verdict.APPROVE, null);
    }
}
