package cn.gov.platform.intake.ratings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.intake.supervision.domain.Tally;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Actor AGENT = new Actor("agent-1", "demo-agent", ActorRole.AGENT);
    private static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);

    /** An immediate case filed by an agent for villager-1 and approved at the window. */
    private static CaseRecord decided() {
        ServiceItem item = Fixtures.immediateItem();
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("villager-1", "agent-1", "m-1", "key-12345678", "fp"), AGENT, MAR_2);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), MAR_2);
        }
        c.submit(AGENT, MAR_2);
        c.decideAtWindow(CLERK, () -> CaseNumber.of("640324", 2026, 7), Verdict.APPROVE, "当场办结", null,
                AcceptancePolicy.standard(), List.of(), Fixtures.clock2026(), MAR_2);
        return CaseRecord.of(c.snapshot());
    }

    private static Rating give(CaseRecord c, int score) {
        return Rating.give(c, "villager-1", score, "  办得快 ", MAR_2, TODAY, d -> d.plusDays(7));
    }

    private static List<String> types(Rating r) {
        return r.snapshot().outbox().stream().map(StaffEvent::type).toList();
    }

    @Test
    void thePrincipalRatesAGoodScoreWithoutAFollowUp() {
        Rating r = give(decided(), 5);
        assertThat(r.snapshot().followUp()).isNull();
        assertThat(r.snapshot().comment()).isEqualTo("办得快");
        assertThat(r.snapshot().caseNumber()).isEqualTo("640324-2026-0000007");
        assertThat(types(r)).containsExactly("CaseRated");
        Tally t = RatingContribution.of(r.snapshot()).months().values().iterator().next();
        assertThat(t.get(Measure.SATISFIED)).isEqualTo(1);
        assertThat(t.get(Measure.RATING_POINTS)).isEqualTo(5);
        assertThat(RatingContribution.of(r.snapshot()).open()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aPoorScoreOpensAFollowUpDueOnTheConfiguredDay(int score) {
        Rating r = give(decided(), score);
        assertThat(r.snapshot().followUp()).isNotNull();
        assertThat(r.snapshot().followUp().dueOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(r.snapshot().followUp().isOpen()).isTrue();
        assertThat(types(r)).containsExactly("CaseRated", "RatingFollowUpOpened");
        StaffEvent opened = r.snapshot().outbox().get(1);
        assertThat(opened.recipientSubject()).as("the department is told, not a person").isNull();
        assertThat(opened.department()).isEqualTo("county-market-regulation");
        assertThat(RatingContribution.of(r.snapshot()).open()).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(ItemKind.FOLLOW_UP));
    }

    @Test
    void aScoreOfThreeOpensNoFollowUp() {
        assertThat(give(decided(), 3).snapshot().followUp()).isNull();
    }

    @Test
    void theAgentWhoFiledCannotRate() {
        assertThatThrownBy(() -> Rating.give(decided(), "agent-1", 5, null, MAR_2, TODAY, d -> d))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("ONLY_APPLICANT_RATES"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aScoreOutsideOneToFiveIsRefused(int score) {
        assertThatThrownBy(() -> give(decided(), score))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_SCORE"));
    }

    @Test
    void aCommentOverFiveHundredCharactersIsRefused() {
        assertThatThrownBy(() -> Rating.give(decided(), "villager-1", 4, "长".repeat(501), MAR_2, TODAY, d -> d))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("COMMENT_TOO_LONG"));
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void onlyCasesWithAnOutcomeCanBeRated(CaseState state) {
        boolean expected = state == CaseState.APPROVED || state == CaseState.REJECTED || state == CaseState.CLOSED
                || state == CaseState.NOT_ACCEPTED;
        assertThat(Rating.rateable(state)).isEqualTo(expected);
    }

    @Test
    void staffHandleTheFollowUpOnceAndOnTimeIsRecorded() {
        Rating r = give(decided(), 1);
        r.handleFollowUp("demo-clerk", "已电话回访并整改", MAR_2.plusSeconds(3600), TODAY.plusDays(3));
        assertThat(r.snapshot().followUp().isOpen()).isFalse();
        assertThat(r.snapshot().followUp().onTime()).isTrue();
        assertThat(types(r)).endsWith("RatingFollowUpHandled");
        assertThat(RatingContribution.of(r.snapshot()).open()).isEmpty();

        assertThatThrownBy(() -> r.handleFollowUp("demo-clerk", "再次", MAR_2, TODAY))
                .isInstanceOfSatisfying(DomainViolation.class,
                        e -> assertThat(e.code()).isEqualTo("FOLLOW_UP_ALREADY_HANDLED"));
    }

    @Test
    void aFollowUpHandledAfterItsDueDateIsLate() {
        Rating r = give(decided(), 2);
        r.handleFollowUp("demo-clerk", "回访", MAR_2, TODAY.plusDays(8));
        assertThat(r.snapshot().followUp().onTime()).isFalse();
    }

    @Test
    void aGoodRatingHasNoFollowUpToHandle() {
        Rating r = give(decided(), 5);
        assertThatThrownBy(() -> r.handleFollowUp("demo-clerk", "回访", MAR_2, TODAY))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("NO_FOLLOW_UP"));
    }

    @Test
    void aFollowUpNeedsANote() {
        Rating r = give(decided(), 1);
        assertThatThrownBy(() -> r.handleFollowUp("demo-clerk", " ", MAR_2, TODAY))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("NOTE_REQUIRED"));
    }

    @Test
    void aRetryIsRecognisedAsTheSameRating() {
        Rating r = give(decided(), 4);
        assertThat(r.sameAs(4, "办得快")).isTrue();
        assertThat(r.sameAs(4, "别的")).isFalse();
        assertThat(r.sameAs(3, "办得快")).isFalse();
    }
}
