package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What the credit check's measures do to a case (CRE-2), and what is fed back. */
class CreditMeasuresTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    static final Actor REVIEWER_2 = new Actor("reviewer-2", "second-reviewer", ActorRole.REVIEWER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");
    static final CreditRecord.Entry BLACK = new CreditRecord.Entry("e-1", "BLACK", "DISHONEST_JUDGMENT_DEBTOR",
            "同心县人民法院", "《最高人民法院关于公布失信被执行人名单信息的若干规定》");
    static final CreditRecord.Entry RED = new CreditRecord.Entry("e-2", "RED", "A_GRADE_TAXPAYER", "国家税务总局同心县税务局",
            "《纳税信用管理办法》");

    private final DeadlineClock clock = Fixtures.clock2026();
    private final AcceptancePolicy policy = AcceptancePolicy.standard();
    private final List<ApprovalRule> approval = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived(),
            new ApprovalRule.JointTasksApproved(), new ApprovalRule.AdditionalReviewGiven());
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());
    private final Supplier<NoticeNumber> notices = () -> NoticeNumber.of("640324", 2026, serial.incrementAndGet());

    static CreditRecord check(String standing, CreditRecord.Entry entry, String... kinds) {
        List<CreditRecord.Measure> measures = java.util.Arrays.stream(kinds).map(k -> new CreditRecord.Measure(
                "m-" + k, 1, k, k.equals("REFUSE") || k.equals("NO_TOLERANCE") || k.equals("ADDITIONAL_REVIEW")
                        ? "《失信被执行人联合惩戒备忘录》" : null, k)).toList();
        return new CreditRecord("check-1", "ACCEPTANCE", standing, measures, List.of(entry), FEB_10);
    }

    static AcceptanceTerms terms(CreditRecord credit) {
        return new AcceptanceTerms(CreditStatus.CHECKED, credit, List.of(), null);
    }

    Case submitted(boolean withSafetyRules) {
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", JointApprovalTest.file("layout"), FEB_10);
        if (withSafetyRules) {
            c.attachUpload("safety-rules", JointApprovalTest.file("rules"), FEB_10);
        }
        c.submit(CITIZEN, FEB_10);
        return c;
    }

    @Test
    void aRefuseMeasureRefusesAcceptanceCitingTheMeasureAndItsLegalBasisAndDrawsNoNumber() {
        Case c = submitted(true);

        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10,
                terms(check("RESTRICTIONS", BLACK, "REFUSE"))))
                .hasMessageContaining("CREDIT_RESTRICTION_REFUSES")
                .satisfies(e -> assertThat(((cn.gov.platform.kernel.DomainViolation) e).userMessage().zh())
                        .contains("m-REFUSE", "联合惩戒备忘录"));
        assertThat(serial.get()).isZero();
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void theHandlerThenRefusesInWritingCitingTheMeasureWhichIsFedBackAsRefused() {
        Case c = submitted(true);

        Notice notice = c.refuse(CLERK, notices, "申请人为失信被执行人，依联合惩戒措施不予受理", null, List.of(),
                check("RESTRICTIONS", BLACK, "REFUSE"), FEB_10);

        assertThat(c.state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(notice.legalBasis()).isEqualTo("《失信被执行人联合惩戒备忘录》");
        assertThat(c.snapshot().credit().record().entries()).extracting(CreditRecord.Entry::entryId).containsExactly("e-1");
        assertThat(c.snapshot().credit().feedback()).extracting(CreditFeedback::action, CreditFeedback::measureIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REFUSED", List.of("m-REFUSE")));
        assertThat(c.snapshot().credit().feedbackPending()).isTrue();
    }

    @Test
    void aNoToleranceMeasureRefusesToleranceButNotAnAcceptanceWithEverything() {
        Case missing = submitted(false);
        assertThatThrownBy(() -> missing.accept(CLERK, numbers, List.of(new ToleratedMaterial("safety-rules",
                LocalDate.parse("2026-02-13"))), policy, clock, FEB_10, terms(check("RESTRICTIONS", BLACK,
                "NO_TOLERANCE")))).hasMessageContaining("CREDIT_NO_TOLERANCE");

        Case complete = submitted(true);
        complete.accept(CLERK, numbers, List.of(), policy, clock, FEB_10, terms(check("RESTRICTIONS", BLACK,
                "NO_TOLERANCE")));
        assertThat(complete.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(complete.snapshot().credit().feedback()).extracting(CreditFeedback::action).containsExactly("NO_ACTION");
    }

    @Test
    void aRedListToleranceIncentiveGivesUntilTheStatutoryDeadlineButNeverTheEssentialMaterials() {
        // Promised 10 working days from Feb 10 end on Mar 2; statutory 20 on Mar 16.
        ToleratedMaterial lateButStatutory = new ToleratedMaterial("safety-rules", LocalDate.parse("2026-03-10"));
        Case plain = submitted(false);
        assertThatThrownBy(() -> plain.accept(CLERK, numbers, List.of(lateButStatutory), policy, clock, FEB_10,
                terms(check("NO_MEASURES", RED)))).hasMessageContaining("TOLERANCE_DUE_DATE_INVALID");

        Case red = submitted(false);
        red.accept(CLERK, numbers, List.of(lateButStatutory), policy, clock, FEB_10,
                terms(check("INCENTIVES", RED, "TOLERANCE_ALLOWED")));
        assertThat(red.state()).isEqualTo(CaseState.ACCEPTED_WITH_TOLERANCE);
        assertThat(red.snapshot().credit().feedback()).extracting(CreditFeedback::action)
                .containsExactly("TOLERANCE_GRANTED");
    }

    @Test
    void priorityAndGreenChannelIncentivesPutTheCaseFirst() {
        Case c = submitted(true);
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10, terms(check("INCENTIVES", RED, "GREEN_CHANNEL",
                "PRIORITY_HANDLING")));

        assertThat(c.snapshot().handling().greenChannel()).isTrue();
        assertThat(c.snapshot().handling().greenChannelBasis()).isEqualTo("CREDIT:m-GREEN_CHANNEL");
        assertThat(c.snapshot().credit().feedback()).extracting(CreditFeedback::action, CreditFeedback::measureIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRIORITY_GIVEN",
                        List.of("m-GREEN_CHANNEL", "m-PRIORITY_HANDLING")));
    }

    @Test
    void anAdditionalReviewMeasureAddsAReviewerStepTakenByAnotherPerson() {
        Case c = submitted(true);
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10, terms(check("RESTRICTIONS", BLACK,
                "ADDITIONAL_REVIEW")));

        assertThat(c.snapshot().chain().steps()).containsExactly(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.REVIEWER,
                StaffRole.APPROVER);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "齐全", null, approval, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, FEB_10);
        assertThatThrownBy(() -> c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "再审", null, approval,
                clock, FEB_10)).hasMessageContaining("SAME_PERSON_TWO_STEPS");
        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, FEB_10)).hasMessageContaining("NOT_YOUR_STEP");
        c.recordOpinion(REVIEWER_2, StaffRole.REVIEWER, Verdict.APPROVE, "加审同意", null, approval, clock, FEB_10);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval, clock, FEB_10);

        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
        assertThat(c.snapshot().credit().feedback()).extracting(CreditFeedback::action).containsExactly("ADDITIONAL_REVIEW");
        OutboxEvent approved = c.pendingEvents().getLast();
        assertThat(approved.payload()).containsEntry("creditCheckId", "check-1")
                .containsEntry("creditMeasures", "m-ADDITIONAL_REVIEW").containsEntry("creditEntries", "e-1");
    }

    @Test
    void withCreditDownTheCaseIsAcceptedPendingAndNotDecidedUntilACheckAnswers() {
        Case c = submitted(true);
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10,
                new AcceptanceTerms(CreditStatus.PENDING, null, List.of(), null));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.snapshot().credit().status()).isEqualTo(CreditStatus.PENDING);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "齐全", null, approval, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, FEB_10);

        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, FEB_10)).hasMessageContaining("CREDIT_CHECK_PENDING");
        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.REJECT, "不予", "x", approval,
                clock, FEB_10)).hasMessageContaining("CREDIT_CHECK_PENDING");

        c.recordDecisionCheck(new CreditRecord("check-2", "DECISION", "NO_MEASURES", List.of(), List.of(), FEB_10),
                FEB_10);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval, clock, FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
        assertThat(c.snapshot().credit().status()).isEqualTo(CreditStatus.CHECKED);
        assertThat(c.snapshot().credit().feedback()).extracting(CreditFeedback::checkId, CreditFeedback::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check-2", "NO_ACTION"));
    }

    @Test
    void aRefuseMeasureFoundOnlyBeforeTheDecisionRulesOutApprovalAndTheRejectionIsFedBack() {
        Case c = submitted(true);
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10,
                new AcceptanceTerms(CreditStatus.PENDING, null, List.of(), null));
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "齐全", null, approval, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, FEB_10);
        c.recordDecisionCheck(check("RESTRICTIONS", BLACK, "REFUSE"), FEB_10);

        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, FEB_10)).hasMessageContaining("CREDIT_RESTRICTION_REFUSES");
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.REJECT, "失信被执行人", "《失信被执行人联合惩戒备忘录》",
                approval, clock, FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.REJECTED);
        assertThat(c.snapshot().credit().feedback()).extracting(CreditFeedback::action).containsExactly("REFUSED");
    }

    @Test
    void anImmediateItemWithAnAdditionalReviewCannotBeDecidedAtTheWindow() {
        ServiceItem immediate = Fixtures.item("SCJG-005", ItemClass.IMMEDIATE, TimeLimits.of(5, 0),
                List.of(StaffRole.HANDLER));
        Case c = Case.draft(CaseId.random(), immediate, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", JointApprovalTest.file("layout"), FEB_10);
        c.attachUpload("safety-rules", JointApprovalTest.file("rules"), FEB_10);
        c.submit(CITIZEN, FEB_10);

        assertThatThrownBy(() -> c.decideAtWindow(CLERK, numbers, Verdict.APPROVE, "当场办结", null, policy, approval,
                clock, FEB_10, terms(check("RESTRICTIONS", BLACK, "ADDITIONAL_REVIEW"))))
                .hasMessageContaining("ADDITIONAL_REVIEW_REQUIRED");
    }
}
