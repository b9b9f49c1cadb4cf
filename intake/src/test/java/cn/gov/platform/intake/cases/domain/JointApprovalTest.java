package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.intake.catalogue.domain.WorkingDays;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Parallel joint approval (INT-5) and deemed consent on the 2026 working-day calendar. */
class JointApprovalTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor MARKET_APPROVER = new Actor("a-1", "market-approver", ActorRole.APPROVER);
    static final Actor FIRE_APPROVER = new Actor("a-2", "fire-approver", ActorRole.APPROVER);
    static final Actor ECOLOGY_APPROVER = new Actor("a-3", "ecology-approver", ActorRole.APPROVER);
    // 10:00 in Tongxin on Tue Feb 10, 2026. Working days after it: Feb 11, 12, 13, 14 (a Saturday
    // worked), then the Spring Festival (Feb 15-23), Feb 24, 25, 26, 27, 28 (a Saturday worked), Mar 2.
    static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");
    static final String BASIS = "超时默认规则（示意）";

    private final DeadlineClock clock = Fixtures.clock2026();
    private final AcceptancePolicy policy = AcceptancePolicy.standard();
    private final List<ApprovalRule> approval = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived(),
            new ApprovalRule.JointTasksApproved(), new ApprovalRule.AdditionalReviewGiven());
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());

    static final List<JointDepartment> DEPARTMENTS = List.of(
            new JointDepartment("county-market-regulation", "同心县市场监督管理局", WorkingDays.of(5)),
            new JointDepartment("county-fire-rescue", "同心县消防救援大队", WorkingDays.of(5)),
            new JointDepartment("county-ecology-environment", "吴忠市生态环境局同心分局", WorkingDays.of(3)));

    static ServiceItem restaurant(boolean deemedConsent) {
        return ServiceItem.builder(ItemCode.of("SCJG-006"), "餐饮店开办“一件事”", ItemClass.JOINT)
                .lifeEvents(List.of("开办企业"))
                .keywords(List.of("餐饮"))
                .legalBasis(List.of("《中华人民共和国食品安全法》第三十五条"))
                .conditions(List.of("有场所"))
                .materials(List.of(new RequiredMaterial("application-form", "综合申请表", true, null, null, null),
                        new RequiredMaterial("fume-equipment", "油烟净化设施说明", false, null, null, null)))
                .procedure(List.of("一窗受理", "并联审查"))
                .limits(TimeLimits.of(20, 6))
                .result("营业执照、食品经营许可证")
                .fees(List.of(Fixtures.free()))
                .implementations(List.of(Fixtures.MARKET_REGULATION))
                .decisionChain(List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER))
                .jointDepartments(DEPARTMENTS)
                .supervision("12345")
                .deemedConsent(deemedConsent, deemedConsent ? BASIS : null)
                .build();
    }

    static StoredFile file(String name) {
        return new StoredFile("f-" + name, name + ".pdf", "application/pdf", 1024, "ab".repeat(32));
    }

    Case submitted(ServiceItem item) {
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachUpload("application-form", file("form"), FEB_10);
        c.attachUpload("fume-equipment", file("fume"), FEB_10);
        c.submit(CITIZEN, FEB_10);
        return c;
    }

    Case accepted(ServiceItem item) {
        Case c = submitted(item);
        c.accept(CLERK, numbers, List.of(), policy, clock, FEB_10, new AcceptanceTerms(CreditStatus.CHECKED,
                null, item.jointDepartments(), null));
        return c;
    }

    static List<String> types(Case c) {
        return c.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    static Instant on(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(Case.ZONE).toInstant();
    }

    @Test
    void acceptanceOpensOneTaskPerDepartmentAtOnceEachWithItsOwnWorkingDayDeadline() {
        Case c = accepted(restaurant(true));

        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(c.snapshot().joint().tasks()).extracting(JointTask::department, JointTask::dueOn, JointTask::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("county-market-regulation", LocalDate.parse("2026-02-24"),
                                TaskState.OPEN),
                        org.assertj.core.groups.Tuple.tuple("county-fire-rescue", LocalDate.parse("2026-02-24"),
                                TaskState.OPEN),
                        org.assertj.core.groups.Tuple.tuple("county-ecology-environment", LocalDate.parse("2026-02-13"),
                                TaskState.OPEN));
        assertThat(types(c)).containsExactly("CaseSubmitted", "CaseAccepted", "CaseUnderReview", "JointTaskOpened",
                "JointTaskOpened", "JointTaskOpened");
        assertThat(c.snapshot().deemedDue()).as("the earliest deadline silence would approve")
                .isEqualTo("2026-02-13");
        assertThat(c.isVisibleTo("640324000000", "county-fire-rescue")).isTrue();
        assertThat(c.isActingUnit("640324000000", "county-fire-rescue")).as("a joint department only decides its task")
                .isFalse();
    }

    @Test
    void theCaseIsApprovedWhenEveryDepartmentHasApproved() {
        Case c = accepted(restaurant(true));

        c.decideTask(MARKET_APPROVER, "county-market-regulation", Verdict.APPROVE, "符合", null, approval, clock,
                on("2026-02-11"));
        c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.APPROVE, "消防检查合格", null, approval, clock,
                on("2026-02-12"));
        assertThat(c.state()).as("one department still to decide").isEqualTo(CaseState.UNDER_REVIEW);
        c.decideTask(ECOLOGY_APPROVER, "county-ecology-environment", Verdict.APPROVE, "已登记", null, approval, clock,
                on("2026-02-12"));

        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
        Decision d = c.snapshot().chain().decision();
        assertThat(d.verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(d.onTime()).isTrue();
        assertThat(d.handler()).isEqualTo("demo-clerk");
        assertThat(d.approver()).contains("同心县消防救援大队（fire-approver）", "market-approver", "ecology-approver");
        assertThat(types(c)).containsSubsequence("JointTaskDecided", "JointTaskDecided", "JointTaskDecided",
                "CaseApproved");
        assertThat(c.snapshot().deemedDue()).isNull();
        assertThat(notes(c)).contains(
                Message.of("并联审批：同时抄告 3 个部门", "Joint review: copied to 3 departments"),
                Message.of("同心县消防救援大队：同意：消防检查合格", "同心县消防救援大队: agreed: 消防检查合格"),
                Message.of("各联办部门同意：同心县市场监督管理局、同心县消防救援大队、吴忠市生态环境局同心分局",
                        "Every joint department agreed: 同心县市场监督管理局, 同心县消防救援大队, 吴忠市生态环境局同心分局"));
        assertThat(c.snapshot().lifecycle().history().getLast().note())
                .as("the step's note stays the Chinese for earlier clients").startsWith("各联办部门同意：");
    }

    /** The history's notes, each in both languages. */
    static List<Message> notes(Case c) {
        return c.snapshot().lifecycle().history().stream().map(Transition::text).filter(Objects::nonNull).toList();
    }

    @Test
    void oneRejectingDepartmentRejectsTheCaseWithEveryRejectingDepartmentsReasons() {
        Case c = accepted(restaurant(true));

        c.decideTask(MARKET_APPROVER, "county-market-regulation", Verdict.APPROVE, "符合", null, approval, clock,
                on("2026-02-11"));
        c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.REJECT, "疏散通道宽度不足", "《中华人民共和国消防法》第十五条",
                approval, clock, on("2026-02-11"));
        c.decideTask(ECOLOGY_APPROVER, "county-ecology-environment", Verdict.REJECT, "油烟净化设施不达标",
                "《中华人民共和国大气污染防治法》第八十一条", approval, clock, on("2026-02-12"));

        assertThat(c.state()).isEqualTo(CaseState.REJECTED);
        Decision d = c.snapshot().chain().decision();
        assertThat(d.reasons()).contains("同心县消防救援大队：疏散通道宽度不足", "吴忠市生态环境局同心分局：油烟净化设施不达标")
                .doesNotContain("符合");
        assertThat(d.legalBasis()).contains("消防法", "大气污染防治法");
        assertThat(types(c)).last().isEqualTo("CaseRejected");
        assertThat(notes(c)).contains(Message.of("同心县消防救援大队：不同意：疏散通道宽度不足", "同心县消防救援大队: refused: 疏散通道宽度不足"),
                Message.of("同心县消防救援大队：疏散通道宽度不足；吴忠市生态环境局同心分局：油烟净化设施不达标",
                        "同心县消防救援大队: 疏散通道宽度不足; 吴忠市生态环境局同心分局: 油烟净化设施不达标"));
    }

    @Test
    void aDepartmentDecidesOnlyItsOwnTaskOnceAndARefusalNeedsItsLegalBasis() {
        Case c = accepted(restaurant(true));

        assertThatThrownBy(() -> c.decideTask(MARKET_APPROVER, "county-housing", Verdict.APPROVE, "x", null, approval,
                clock, FEB_10)).hasMessageContaining("TASK_NOT_FOUND");
        assertThatThrownBy(() -> c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.REJECT, "不合格", " ",
                approval, clock, FEB_10)).hasMessageContaining("LEGAL_BASIS_REQUIRED");
        c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.APPROVE, "合格", null, approval, clock, FEB_10);
        assertThatThrownBy(() -> c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.REJECT, "改主意", "x",
                approval, clock, FEB_10)).hasMessageContaining("TASK_ALREADY_DECIDED");
    }

    @Test
    void theLeadDepartmentsChainDoesNotDecideAJointCase() {
        Case c = accepted(restaurant(true));
        Actor reviewer = new Actor("r-1", "demo-reviewer", ActorRole.REVIEWER);

        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "材料齐全", null, approval, clock, FEB_10);
        c.recordOpinion(reviewer, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, FEB_10);
        assertThatThrownBy(() -> c.recordOpinion(MARKET_APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null,
                approval, clock, FEB_10)).hasMessageContaining("JOINT_CASE_DECIDED_BY_TASKS");
        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
    }

    @Test
    void aSilentDepartmentIsDeemedToApproveTheDayAfterItsDeadlineNotBefore() {
        Case c = accepted(restaurant(true));

        assertThat(c.deemDueTasks(LocalDate.parse("2026-02-13"), approval, clock, on("2026-02-13")))
                .as("on its last working day the department still has time").isEmpty();
        List<JointTask> deemed = c.deemDueTasks(LocalDate.parse("2026-02-14"), approval, clock, on("2026-02-14"));

        assertThat(deemed).extracting(JointTask::department).containsExactly("county-ecology-environment");
        JointTask task = c.taskOf("county-ecology-environment").orElseThrow();
        assertThat(task.state()).isEqualTo(TaskState.DEEMED_APPROVED);
        assertThat(task.decidedBy()).isEqualTo("system");
        assertThat(task.legalBasis()).isEqualTo(BASIS);
        assertThat(types(c)).last().isEqualTo("TaskDeemedApproved");
        assertThat(c.snapshot().lifecycle().history().getLast().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(c.snapshot().lifecycle().history().getLast().text()).isEqualTo(Message.of(
                "吴忠市生态环境局同心分局：逾期未作出意见，视为同意（超时默认）",
                "吴忠市生态环境局同心分局: no decision by 2026-02-13: deemed approved"));
        assertThat(task.reasons()).as("the task keeps its reasons as stored")
                .isEqualTo("逾期未作出意见，视为同意（超时默认）| no decision by 2026-02-13: deemed approved");
        assertThat(c.snapshot().deemedDue()).isEqualTo("2026-02-24");
        assertThat(c.deemDueTasks(LocalDate.parse("2026-02-20"), approval, clock, on("2026-02-20")))
                .as("a task is deemed approved once").isEmpty();

        c.decideTask(MARKET_APPROVER, "county-market-regulation", Verdict.APPROVE, "符合", null, approval, clock,
                on("2026-02-24"));
        // Fire rescue stays silent through its last day, Feb 24, and is deemed to approve on the 25th.
        c.deemDueTasks(LocalDate.parse("2026-02-25"), approval, clock, on("2026-02-25"));
        assertThat(c.state()).isEqualTo(CaseState.APPROVED);
        assertThat(c.snapshot().chain().decision().reasons()).contains("同心县消防救援大队（超时默认）", "吴忠市生态环境局同心分局（超时默认）");
        assertThat(c.snapshot().lifecycle().history().getLast().text().en()).isEqualTo("Every joint department agreed: "
                + "同心县市场监督管理局, 同心县消防救援大队 (deemed consent), 吴忠市生态环境局同心分局 (deemed consent)");
        assertThat(c.snapshot().chain().decision().onTime()).isTrue();
    }

    @Test
    void withoutDeemedConsentSilenceApprovesNothing() {
        Case c = accepted(restaurant(false));

        assertThat(c.deemDueTasks(LocalDate.parse("2026-03-20"), approval, clock, on("2026-03-20"))).isEmpty();
        assertThat(c.snapshot().deemedDue()).isNull();
        assertThat(c.snapshot().joint().tasks()).allMatch(JointTask::isOpen);
    }

    @Test
    void aSupplementRequestStopsEveryDepartmentsClockAndTheDeadlinesMoveOnResubmission() {
        Case c = accepted(restaurant(true));

        c.requestSupplement(CLERK, List.of(new Defect("fume-equipment", "油烟净化设施说明", Defect.Kind.DEFECTIVE,
                "缺少设备型号")), "请补正", on("2026-02-12"));
        assertThat(c.snapshot().deemedDue()).as("nothing is due while the clock stands still").isNull();
        assertThat(c.deemDueTasks(LocalDate.parse("2026-02-25"), approval, clock, on("2026-02-25"))).isEmpty();
        assertThatThrownBy(() -> c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.APPROVE, "x", null, approval,
                clock, on("2026-02-13"))).hasMessageContaining("CASE_NOT_UNDER_REVIEW");

        c.attachUpload("fume-equipment", file("fume2"), on("2026-02-26"));
        c.resubmit(CITIZEN, clock, on("2026-02-26"));

        // Paused Feb 13, 14, 24, 25, 26: the 5-day tasks count Feb 11, 12, 27, 28, Mar 2; the 3-day one Feb 11, 12, 27.
        assertThat(c.snapshot().joint().tasks()).extracting(JointTask::dueOn).containsExactly(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-02-27"));
        assertThat(c.snapshot().deemedDue()).isEqualTo("2026-02-27");
    }

    @Test
    void aToleratedMaterialStillOutstandingHoldsTheLastDecisionBack() {
        Case c = Case.draft(CaseId.random(), restaurant(true), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachUpload("application-form", file("form"), FEB_10);
        c.submit(CITIZEN, FEB_10);
        c.accept(CLERK, numbers, List.of(new ToleratedMaterial("fume-equipment", LocalDate.parse("2026-02-13"))), policy,
                clock, FEB_10, new AcceptanceTerms(CreditStatus.CHECKED, null, DEPARTMENTS, null));
        c.decideTask(MARKET_APPROVER, "county-market-regulation", Verdict.APPROVE, "符合", null, approval, clock, FEB_10);
        c.decideTask(FIRE_APPROVER, "county-fire-rescue", Verdict.APPROVE, "合格", null, approval, clock, FEB_10);
        CaseSnapshot snapshotBefore = c.snapshot();

        assertThatThrownBy(() -> c.decideTask(ECOLOGY_APPROVER, "county-ecology-environment", Verdict.APPROVE, "x",
                null, approval, clock, FEB_10)).hasMessageContaining("TOLERATED_MATERIAL_OUTSTANDING");
        // (A refused step leaves the aggregate to be discarded: the service stores nothing.)
        Case fresh = Case.restore(snapshotBefore);
        assertThatThrownBy(() -> fresh.deemDueTasks(LocalDate.parse("2026-02-14"), approval, clock, on("2026-02-14")))
                .as("the sweep leaves the task open and tries again later")
                .hasMessageContaining("TOLERATED_MATERIAL_OUTSTANDING");
    }

    @Test
    void taskStatesSayWhetherTheyAreDoneAndWhetherTheyApprove() {
        assertThat(TaskState.OPEN.isDone()).isFalse();
        assertThat(TaskState.APPROVED.isApproval()).isTrue();
        assertThat(TaskState.DEEMED_APPROVED.isApproval()).isTrue();
        assertThat(TaskState.REJECTED.isApproval()).isFalse();
        assertThat(TaskState.REJECTED.isDone()).isTrue();
    }
}
