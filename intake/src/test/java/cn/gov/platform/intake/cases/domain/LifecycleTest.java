package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a case is in its life and how it got there: the state machine as the case applies it, and its history. */
class LifecycleTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");

    private static Lifecycle submitted() {
        return Lifecycle.drafted(CITIZEN, AT).moved(CaseState.SUBMITTED, CITIZEN, AT, null).submittedAt(AT);
    }

    private static Lifecycle accepted() {
        return submitted().moved(CaseState.ACCEPTED, CLERK, AT, null).numbered(CaseNumber.of("640324", 2026, 5));
    }

    @Test
    void aDraftStartsItsHistoryWithWhoDraftedIt() {
        Lifecycle draft = Lifecycle.drafted(CITIZEN, AT);

        assertThat(draft.state()).isEqualTo(CaseState.DRAFT);
        assertThat(draft.createdAt()).isEqualTo(AT);
        assertThat(draft.history()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(CaseState.DRAFT);
            assertThat(t.actorName()).isEqualTo("demo-citizen");
        });
    }

    @Test
    void aMoveTheStateMachineDoesNotAllowIsRefusedNamingBothStates() {
        Lifecycle draft = Lifecycle.drafted(CITIZEN, AT);

        assertThatThrownBy(() -> draft.moved(CaseState.ACCEPTED, CLERK, AT, null))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_TRANSITION");
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
                    assertThat(e.userMessage().en()).contains("DRAFT", "ACCEPTED");
                });
        assertThat(draft.history()).as("nothing changed").hasSize(1);
    }

    @Test
    void eachStepIsKeptWithWhoTookItInWhichCapacityAndAStepWithoutAMoveKeepsTheState() {
        Lifecycle life = accepted().noted(CLERK, AT.plusSeconds(60), "上报至 640324000000");

        assertThat(life.history()).extracting(Transition::to).containsExactly(CaseState.DRAFT, CaseState.SUBMITTED,
                CaseState.ACCEPTED, CaseState.ACCEPTED);
        assertThat(life.history().getLast().from()).isEqualTo(CaseState.ACCEPTED);
        assertThat(life.history().getLast().role()).isEqualTo(ActorRole.HANDLER);
        assertThat(life.history().getLast().note()).isEqualTo("上报至 640324000000");
    }

    @Test
    void aSupplementRequestedAtTheWindowReturnsTheCaseToTheWindow() {
        Lifecycle waiting = submitted().supplementRequested(CLERK, AT, "请补正");

        assertThat(waiting.state()).isEqualTo(CaseState.SUPPLEMENT_REQUESTED);
        assertThat(waiting.resumeState()).isEqualTo(CaseState.SUBMITTED);
        Lifecycle back = waiting.resubmitted(CITIZEN, AT.plusSeconds(60));
        assertThat(back.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(back.resumeState()).isNull();
    }

    @Test
    void aSupplementRequestedDuringTheReviewReturnsTheCaseToTheReview() {
        Lifecycle review = accepted().moved(CaseState.UNDER_REVIEW, CLERK, AT, "拟同意");

        Lifecycle back = review.supplementRequested(CLERK, AT, "请补正").resubmitted(CITIZEN, AT.plusSeconds(60));

        assertThat(back.state()).isEqualTo(CaseState.UNDER_REVIEW);
    }

    @Test
    void onlyACaseAwaitingASupplementCanBeHandedInAgain() {
        assertThatThrownBy(() -> submitted().requireSupplementRequested()).hasMessageContaining("INVALID_TRANSITION");
    }

    @Test
    void aRefusalAtTheWindowNeedsWrittenReasonsAndIsTooLateOnceTheCaseWasAccepted() {
        assertThatThrownBy(() -> submitted().requireRefusable(" ")).hasMessageContaining("REASON_REQUIRED");
        submitted().requireRefusable("不属于本机关职权范围");

        Lifecycle pausedReview = accepted().moved(CaseState.UNDER_REVIEW, CLERK, AT, "拟同意")
                .supplementRequested(CLERK, AT, "请补正");
        assertThatThrownBy(() -> pausedReview.requireRefusable("不属于本机关职权范围"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.userMessage().en())
                        .contains("cannot be refused at the window"));
    }

    @Test
    void aCaseIsWithdrawnAnyTimeBeforeItsDecisionButNotAfter() {
        assertThat(accepted().withdrawn(CITIZEN, AT, "不再需要").state()).isEqualTo(CaseState.WITHDRAWN);

        Lifecycle approved = accepted().moved(CaseState.APPROVED, CLERK, AT, "准予");
        assertThatThrownBy(() -> approved.withdrawn(CITIZEN, AT, "不再需要")).hasMessageContaining("ALREADY_DECIDED");
    }

    @Test
    void theReferenceIsTheAcceptanceNumberOrElseTheNoticeOfNonAcceptance() {
        assertThat(submitted().reference()).isNull();
        assertThat(accepted().reference()).isEqualTo("640324-2026-0000005");
        Lifecycle refused = submitted().moved(CaseState.NOT_ACCEPTED, CLERK, AT, "不予受理")
                .refusedWith(NoticeNumber.of("640324", 2026, 9));
        assertThat(refused.reference()).isEqualTo("640324-2026-N000009");
    }

    @Test
    void theAcceptorIsWhoeverAcceptedTheCaseAtTheWindow() {
        assertThat(submitted().acceptorName()).isEqualTo("-");
        assertThat(accepted().acceptorName()).isEqualTo("demo-clerk");
    }
}
