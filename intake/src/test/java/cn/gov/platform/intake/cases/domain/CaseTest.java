package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    private static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    private static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    private static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    // 10:00 in Tongxin on Tue Feb 10, 2026.
    private static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");

    private final DeadlineClock clock = Fixtures.clock2026();
    private final AcceptancePolicy policy = AcceptancePolicy.standard();
    private final List<ApprovalRule> approval = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived());
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());
    private final Supplier<NoticeNumber> notices = () -> NoticeNumber.of("640324", 2026, serial.incrementAndGet());

    private Case draft(ServiceItem item) {
        return Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
    }

    private Case submittedComplete() {
        Case c = draft(Fixtures.foodPermit());
        supplyAll(c, FEB_10);
        c.submit(CITIZEN, FEB_10);
        return c;
    }

    private static void supplyAll(Case c, Instant at) {
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.NOT_THIS_REGISTRY, at);
        c.attachUpload("premises-layout", file("layout"), at);
        c.attachUpload("safety-rules", file("rules"), at);
    }

    private static StoredFile file(String name) {
        return new StoredFile("f-" + name, name + ".pdf", "application/pdf", 1024, "ab".repeat(32));
    }

    private static List<String> types(Case c) {
        return c.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void aDraftIsSubmittedAndTheSubmissionIsAnEvent() {
        Case c = submittedComplete();

        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(c.snapshot().lifecycle().history()).extracting(Transition::to)
                .containsExactly(CaseState.DRAFT, CaseState.SUBMITTED);
        assertThat(types(c)).containsExactly("CaseSubmitted");
        assertThat(c.snapshot().lifecycle().submittedAt()).isEqualTo(FEB_10);
    }

    @Test
    void anAgentFilingAlsoRecordsAgentFiledAndTheCaseBelongsToThePrincipal() {
        Actor agent = new Actor("agent-1", "demo-agent", ActorRole.AGENT);
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION,
                new Filing("villager-1", "agent-1", "mandate-9", "key-12345678", "fp"), agent, FEB_10);
        c.submit(agent, FEB_10);

        assertThat(types(c)).containsExactly("CaseSubmitted", "AgentFiled");
        assertThat(c.isApplicantSide("villager-1")).isTrue();
        assertThat(c.isApplicantSide("agent-1")).isTrue();
        assertThat(c.isApplicantSide("someone-else")).isFalse();
        assertThat(c.snapshot().filing().applicantSubject()).isEqualTo("villager-1");
    }

    @Test
    void refusesAnInvalidTransitionNamingBothStates() {
        Case c = draft(Fixtures.foodPermit());

        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10))
                .isInstanceOf(DomainViolation.class)
                .hasMessageContaining("INVALID_TRANSITION").hasMessageContaining("DRAFT");
        assertThat(c.state()).isEqualTo(CaseState.DRAFT);
        assertThat(serial.get()).as("no number drawn for a refused acceptance").isZero();
    }

    @Test
    void acceptanceWithMaterialsMissingIsRefusedListingAllOfThemAndDrawsNoNumber() {
        Case c = draft(Fixtures.foodPermit());
        c.submit(CITIZEN, FEB_10);

        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10))
                .hasMessageContaining("MATERIALS_MISSING")
                .hasMessageContaining("Materials are missing");
        assertThat(serial.get()).isZero();
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void theRefusalNamesTheMissingMaterialsInEachLanguageAndATolerationByName() {
        ServiceItem item = Fixtures.foodPermit().toBuilder().materials(List.of(
                new RequiredMaterial("business-licence", "营业执照", true, null, null, null, null, null, null,
                        "Business licence", null),
                new RequiredMaterial("safety-rules", "食品安全管理制度文本", false, null, null, null, null, null, null,
                        "Food safety rules", null))).build();
        Case c = draft(item);
        c.submit(CITIZEN, FEB_10);

        DomainViolation missing = catchThrowableOfType(DomainViolation.class,
                () -> c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10));
        assertThat(missing.userMessage().zh()).contains("营业执照、食品安全管理制度文本");
        assertThat(missing.userMessage().en()).contains("Business licence, Food safety rules")
                .doesNotContainPattern("\\p{IsHan}");

        DomainViolation notMissing = catchThrowableOfType(DomainViolation.class, () -> c.accept(CLERK, numbers,
                List.of(new ToleratedMaterial("business-licence", LocalDate.parse("2026-02-25"))), policy, clock, FEB_10));
        assertThat(notMissing.faults()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("MATERIALS_MISSING");
            assertThat(f.message().en()).contains("Food safety rules").doesNotContain("Business licence");
        });
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void theOneTimeNoticeListsEveryMissingMaterialAndCanBeGivenOnlyOnce() {
        Case c = draft(Fixtures.foodPermit());
        c.attachUpload("premises-layout", file("layout"), FEB_10);
        c.submit(CITIZEN, FEB_10);

        Notice notice = c.requestSupplement(CLERK,
                List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "比例尺缺失 | no scale")), "请补正",
                FEB_10.plusSeconds(60));

        assertThat(notice.defects()).extracting(Defect::materialCode)
                .containsExactlyInAnyOrder("business-licence", "safety-rules", "premises-layout");
        assertThat(notice.defects()).filteredOn(d -> d.kind() == Defect.Kind.DEFECTIVE).hasSize(1);
        assertThat(c.state()).isEqualTo(CaseState.SUPPLEMENT_REQUESTED);
        assertThat(c.suppliedMaterialCodes()).as("the defective file must come again").doesNotContain("premises-layout");
        assertThat(types(c)).containsExactly("CaseSubmitted", "SupplementRequested");

        // Incomplete supplement is refused, naming what is still to come.
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10.plusSeconds(120));
        assertThatThrownBy(() -> c.resubmit(CITIZEN, clock, FEB_10.plusSeconds(130)))
                .hasMessageContaining("SUPPLEMENT_INCOMPLETE");

        c.attachUpload("premises-layout", file("layout2"), FEB_10.plusSeconds(140));
        c.attachUpload("safety-rules", file("rules"), FEB_10.plusSeconds(150));
        c.resubmit(CITIZEN, clock, FEB_10.plusSeconds(160));
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);

        assertThatThrownBy(() -> c.requestSupplement(CLERK, List.of(), "again", FEB_10.plusSeconds(200)))
                .hasMessageContaining("SUPPLEMENT_ALREADY_REQUESTED");
    }

    @Test
    void acceptanceGivesANumberAndDeadlinesOnThe2026Calendar() {
        Case c = submittedComplete();

        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10);

        CaseSnapshot s = c.snapshot();
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(s.lifecycle().number()).isEqualTo("640324-2026-0000001");
        assertThat(s.deadlines().acceptedOn()).isEqualTo("2026-02-10");
        // 10 promised working days from Feb 10: 11, 12, 13, Sat 14, 24, 25, 26, 27, Sat 28, Mar 2.
        assertThat(s.deadlines().promisedDue()).isEqualTo("2026-03-02");
        // 20 statutory: ... Mar 3, 4, 5, 6, 9, 10, 11, 12, 13, 16.
        assertThat(s.deadlines().statutoryDue()).isEqualTo("2026-03-16");
        assertThat(types(c)).containsExactly("CaseSubmitted", "CaseAccepted");
        assertThat(c.pendingEvents().getLast().caseNumber()).isEqualTo("640324-2026-0000001");
        assertThat(c.pendingEvents().getLast().payload()).containsEntry("promisedDue", "2026-03-02");
    }

    @Test
    void aCaseIsAcceptedWithANonEssentialMaterialToleratedButNotAnEssentialOne() {
        Case essentialMissing = draft(Fixtures.foodPermit());
        essentialMissing.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        essentialMissing.attachUpload("safety-rules", file("rules"), FEB_10);
        essentialMissing.submit(CITIZEN, FEB_10);
        assertThatThrownBy(() -> essentialMissing.accept(CLERK, numbers,
                List.of(new ToleratedMaterial("premises-layout", LocalDate.parse("2026-02-25"))), policy, clock, FEB_10))
                .hasMessageContaining("ESSENTIAL_MATERIAL_NOT_TOLERABLE");

        Case c = draft(Fixtures.foodPermit());
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", file("layout"), FEB_10);
        c.submit(CITIZEN, FEB_10);
        assertThatThrownBy(() -> c.accept(CLERK, numbers,
                List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2026-03-20"))), policy, clock, FEB_10))
                .as("due after the promised deadline").hasMessageContaining("TOLERANCE_DUE_DATE_INVALID");

        c.accept(CLERK, numbers, List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2026-02-25"))), policy,
                clock, FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED_WITH_TOLERANCE);
        assertThat(c.pendingEvents().getLast().payload()).containsEntry("tolerated", "safety-rules");
        assertThat(serial.get()).as("only the successful acceptance drew a number").isEqualTo(1);
    }

    @Test
    void aToleratedMaterialMustArriveBeforeApproval() {
        Case c = draft(Fixtures.foodPermit());
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", file("layout"), FEB_10);
        c.submit(CITIZEN, FEB_10);
        c.accept(CLERK, numbers, List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2026-02-25"))), policy,
                clock, FEB_10);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "符合条件", null, approval, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, FEB_10);

        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, FEB_10)).hasMessageContaining("TOLERATED_MATERIAL_OUTSTANDING");

        c.attachUpload("safety-rules", file("rules"), FEB_10.plusSeconds(60));
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval, clock, FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
    }

    @Test
    void theDecisionFollowsTheChainAndRecordsHandlerReviewerAndApprover() {
        Case c = submittedComplete();
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10);

        assertThat(c.awaitedRole()).isEqualTo(StaffRole.HANDLER);
        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, FEB_10)).hasMessageContaining("NOT_YOUR_STEP");

        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "材料齐全，符合条件", null, approval, clock, FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(c.awaitedRole()).isEqualTo(StaffRole.REVIEWER);
        assertThatThrownBy(() -> c.recordOpinion(CLERK, StaffRole.REVIEWER, Verdict.APPROVE, "x", null, approval, clock,
                FEB_10)).as("one person, two steps").hasMessageContaining("SAME_PERSON_TWO_STEPS");

        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "审核同意", null, approval, clock, FEB_10);
        Instant decidedAt = Instant.parse("2026-02-27T03:00:00Z");
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予许可", null, approval, clock, decidedAt);

        Decision d = c.snapshot().chain().decision();
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
        assertThat(d.handler()).isEqualTo("demo-clerk");
        assertThat(d.reviewer()).isEqualTo("demo-reviewer");
        assertThat(d.approver()).isEqualTo("demo-approver");
        assertThat(d.onTime()).isTrue();
        assertThat(c.snapshot().lifecycle().history()).extracting(Transition::role).containsExactly(ActorRole.APPLICANT,
                ActorRole.APPLICANT, ActorRole.HANDLER, ActorRole.HANDLER, ActorRole.REVIEWER, ActorRole.APPROVER);
        assertThat(types(c)).containsExactly("CaseSubmitted", "CaseAccepted", "CaseUnderReview", "CaseApproved");

        c.close(CLERK, decidedAt);
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(types(c)).endsWith("CaseClosed");
    }

    @Test
    void aRejectionNeedsItsLegalBasisAndADecisionAfterTheDeadlineIsRecordedAsLate() {
        Case c = submittedComplete();
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.REJECT, "场所不符合要求", null, approval, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.REJECT, "同意不予许可", null, approval, clock, FEB_10);

        Instant late = Instant.parse("2026-03-03T03:00:00Z");
        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.REJECT, "不予许可", null, approval,
                clock, late)).hasMessageContaining("LEGAL_BASIS_REQUIRED");
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.REJECT, "不予许可", "《食品安全法》第三十五条", approval, clock,
                late);

        assertThat(c.state()).isEqualTo(CaseState.REJECTED);
        assertThat(c.snapshot().chain().decision().onTime()).isFalse();
        assertThat(types(c)).endsWith("CaseRejected");
    }

    @Test
    void aSupplementDuringReviewStopsTheClockAndResubmissionMovesTheDeadline() {
        Case c = submittedComplete();
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "拟同意", null, approval, clock, FEB_10);
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2026-03-02");

        // Reviewer asks for a better layout on Thu Feb 12.
        Instant feb12 = Instant.parse("2026-02-12T02:00:00Z");
        c.requestSupplement(REVIEWER, List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "不清晰")),
                "请补正", feb12);
        assertThat(c.snapshot().deadlines().promisedDue()).isNull();
        DeadlineClock.Deadline paused = c.promisedDeadline(clock, LocalDate.parse("2026-02-26"));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.usedWorkingDays()).isEqualTo(2);

        // Supplied and resubmitted Wed Feb 25: working days 13, 14, 24, 25 did not count.
        Instant feb25 = Instant.parse("2026-02-25T02:00:00Z");
        c.attachUpload("premises-layout", file("layout-2"), feb25);
        c.resubmit(CITIZEN, clock, feb25);
        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
        // 11, 12 used; then 26, 27, 28, Mar 2, 3, 4, 5, 6.
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2026-03-06");
        assertThat(c.awaitedRole()).isEqualTo(StaffRole.REVIEWER);
    }

    @Test
    void notAcceptedGetsItsOwnSeriesAndAWrittenReason() {
        Case c = draft(Fixtures.foodPermit());
        c.submit(CITIZEN, FEB_10);

        assertThatThrownBy(() -> c.refuse(CLERK, notices, " ", null, List.of(), FEB_10))
                .hasMessageContaining("REASON_REQUIRED");
        Notice notice = c.refuse(CLERK, notices, "申请事项不属于本机关职权范围", "《行政许可法》第三十二条", List.of(), FEB_10);

        assertThat(c.state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(notice.number()).isEqualTo("640324-2026-N000001");
        assertThat(notice.defects()).hasSize(3);
        assertThat(c.snapshot().lifecycle().number()).isNull();
        assertThat(types(c)).endsWith("CaseNotAccepted");
    }

    @Test
    void anImmediateItemIsAcceptedAndDecidedInOneStepButAPromisedOneIsNot() {
        Case immediate = draft(Fixtures.immediateItem());
        supplyAll(immediate, FEB_10);
        immediate.submit(CITIZEN, FEB_10);

        immediate.decideAtWindow(CLERK, numbers, Verdict.APPROVE, "当场办结", null, policy, approval, clock, FEB_10);

        assertThat(immediate.state()).isEqualTo(CaseState.APPROVED);
        assertThat(immediate.snapshot().lifecycle().number()).isNotNull();
        assertThat(immediate.snapshot().chain().decision().onTime()).isTrue();
        assertThat(types(immediate)).containsExactly("CaseSubmitted", "CaseAccepted", "CaseApproved");

        Case promised = submittedComplete();
        assertThatThrownBy(() -> promised.decideAtWindow(CLERK, numbers, Verdict.APPROVE, "x", null, policy, approval,
                clock, FEB_10)).hasMessageContaining("NOT_AN_IMMEDIATE_ITEM");
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecisionButNotAfter() {
        Case c = submittedComplete();
        c.withdraw(CITIZEN, "不再需要", FEB_10);
        assertThat(c.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(types(c)).endsWith("CaseWithdrawn");

        Case decided = draft(Fixtures.immediateItem());
        supplyAll(decided, FEB_10);
        decided.submit(CITIZEN, FEB_10);
        decided.decideAtWindow(CLERK, numbers, Verdict.APPROVE, "当场办结", null, policy, approval, clock, FEB_10);
        assertThatThrownBy(() -> decided.withdraw(CITIZEN, "x", FEB_10)).hasMessageContaining("ALREADY_DECIDED");
    }

    @Test
    void aCertificateCanStandInOnlyWhereTheCatalogueSaysSoAndStaysUnresolved() {
        Case c = draft(Fixtures.foodPermit());

        assertThatThrownBy(() -> c.attachCertificate("premises-layout", "X-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10))
                .hasMessageContaining("CERTIFICATE_NOT_ACCEPTED_FOR_MATERIAL");
        assertThatThrownBy(() -> c.attachCertificate("no-such", "X-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10))
                .hasMessageContaining("MATERIAL_NOT_REQUIRED");
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        assertThat(c.snapshot().materials().supplied().getFirst().resolved()).isFalse();
    }

    @Test
    void afterSubmissionMaterialsAreClosedUnlessTolerated() {
        Case c = submittedComplete();
        assertThatThrownBy(() -> c.attachUpload("premises-layout", file("x"), FEB_10))
                .hasMessageContaining("MATERIALS_CLOSED");
    }

    @Test
    void aSnapshotRestoresTheSameCase() {
        Case c = submittedComplete();
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10);

        Case restored = Case.restore(c.snapshot());

        assertThat(restored.snapshot()).isEqualTo(c.snapshot());
        assertThat(restored.awaitedRole()).isEqualTo(StaffRole.HANDLER);
    }
}
