package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 4: what publishing 2027 does to a case accepted in December 2026 on the provisional
 * 2027. Provisional 2027 has New Year Fri Jan 1 to Sun Jan 3, so from Mon Dec 21, 2026 the working
 * days are Dec 22, 23, 24, 25, 28, 29, 30, 31, Jan 4, 5, 6 ...: the promised 10 days end Tue Jan 5, the
 * statutory 20 Tue Jan 19. Two made-up official 2027s: LATER also gives Mon Jan 4 off (every date
 * after it one working day later), EARLIER makes Sat Jan 2 a working day (one working day earlier).
 */
class DeadlineRecomputeTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);

    static final WorkingDayCalendar PROVISIONAL = Fixtures.calendar2026();
    static final WorkingDayCalendar LATER = Fixtures.calendarWith(Fixtures.official2027(1, LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 4)));
    static final WorkingDayCalendar EARLIER = Fixtures.calendarWith(Fixtures.official2027(1, LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)));
    static final CalendarStamp V1 = new CalendarStamp(2027, 1);
    static final Instant PUBLISHED = on("2026-12-24");

    private final DeadlineClock clock = new DeadlineClock(PROVISIONAL);
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());
    private final List<ApprovalRule> approval = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived(),
            new ApprovalRule.JointTasksApproved(), new ApprovalRule.AdditionalReviewGiven());

    static Instant on(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(Case.ZONE).toInstant();
    }

    private Case submitted(ServiceItem item, Instant at, String... leaveOut) {
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, at);
        item.materials().stream().filter(m -> !List.of(leaveOut).contains(m.code())).forEach(m -> c.attachUpload(
                m.code(), JointApprovalTest.file(m.code()), at));
        c.submit(CITIZEN, at);
        return c;
    }

    /** The food permit (10 promised, 20 statutory working days) accepted on Mon Dec 21, 2026. */
    private Case acceptedDec21() {
        Case c = submitted(Fixtures.foodPermit(), on("2026-12-21"));
        c.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, on("2026-12-21"));
        return c;
    }

    /** The joint restaurant item (6 promised; tasks of 5, 5 and 3 days) accepted on Mon Dec 28, 2026. */
    private Case jointAcceptedDec28() {
        ServiceItem item = JointApprovalTest.restaurant(false);
        Case c = submitted(item, on("2026-12-28"));
        c.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, on("2026-12-28"),
                new AcceptanceTerms(CreditStatus.CHECKED, null, item.jointDepartments(), null));
        return c;
    }

    private static Map<String, Integer> limits() {
        return JointApprovalTest.DEPARTMENTS.stream()
                .collect(Collectors.toMap(JointDepartment::department, d -> d.limit().value()));
    }

    private static Map<String, LocalDate> taskDues(Case c) {
        return c.snapshot().joint().tasks().stream().collect(Collectors.toMap(JointTask::department, JointTask::dueOn));
    }

    private static List<String> types(Case c) {
        return c.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void aPublishedYearWithAnExtraDayOffMovesTheApplicantsDatesLaterAndKeepsEachMoveInTheHistory() {
        Case c = acceptedDec21();
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2027-01-05");
        assertThat(c.snapshot().deadlines().statutoryDue()).isEqualTo("2027-01-19");

        List<DeadlineChange> changes = c.recompute(V1, LATER, Map.of(), PUBLISHED);

        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2027-01-06");
        assertThat(c.snapshot().deadlines().statutoryDue()).isEqualTo("2027-01-20");
        assertThat(changes).extracting(DeadlineChange::what, DeadlineChange::from, DeadlineChange::to,
                DeadlineChange::calendarYear, DeadlineChange::calendarVersion, DeadlineChange::at).containsExactly(
                tuple("promised", LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-06"), 2027, 1, PUBLISHED),
                tuple("statutory", LocalDate.parse("2027-01-19"), LocalDate.parse("2027-01-20"), 2027, 1, PUBLISHED));
        assertThat(c.snapshot().deadlines().changes()).isEqualTo(changes);
        Transition step = c.snapshot().lifecycle().history().getLast();
        assertThat(step.role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(step.note()).contains("2027 年日历第 1 版", "承诺办结日 2027-01-05 → 2027-01-06");
        OutboxEvent told = c.pendingEvents().getLast();
        assertThat(told.type()).isEqualTo("DeadlinesRecomputed");
        assertThat(told.payload()).containsEntry("promisedDue", "2027-01-06").containsEntry("statutoryDue", "2027-01-20")
                .containsEntry("calendarYear", "2027").containsEntry("calendarVersion", "1")
                .containsEntry("ref", c.snapshot().lifecycle().number());
    }

    @Test
    void aDateToldToTheApplicantNeverMovesEarlierThePromiseStands() {
        Case c = acceptedDec21();
        int events = c.pendingEvents().size();

        List<DeadlineChange> changes = c.recompute(V1, EARLIER, Map.of(), PUBLISHED);

        assertThat(new DeadlineClock(EARLIER).deadline(LocalDate.parse("2026-12-21"), 10, List.of(),
                LocalDate.parse("2026-12-24")).due()).as("counted afresh it would be a day earlier").isEqualTo("2027-01-04");
        assertThat(changes).isEmpty();
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2027-01-05");
        assertThat(c.snapshot().deadlines().statutoryDue()).isEqualTo("2027-01-19");
        assertThat(c.pendingEvents()).hasSize(events);
    }

    @Test
    void aJointDepartmentsDueDateIsTheStaffsAndMovesEitherWay() {
        Case c = jointAcceptedDec28();
        // Dec 29, 30, 31, Jan 4, 5: the five-day departments are due Jan 5; ecology's three days end Dec 31.
        assertThat(taskDues(c)).containsEntry("county-market-regulation", LocalDate.parse("2027-01-05"))
                .containsEntry("county-ecology-environment", LocalDate.parse("2026-12-31"));
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2027-01-06");

        List<DeadlineChange> earlier = c.recompute(V1, EARLIER, limits(), PUBLISHED);

        assertThat(earlier).extracting(DeadlineChange::what, DeadlineChange::to).containsExactlyInAnyOrder(
                tuple("task county-market-regulation", LocalDate.parse("2027-01-04")),
                tuple("task county-fire-rescue", LocalDate.parse("2027-01-04")));
        assertThat(earlier).noneMatch(DeadlineChange::applicantFacing);
        assertThat(c.snapshot().deadlines().promisedDue()).as("the promise stands").isEqualTo("2027-01-06");
        assertThat(types(c).getLast()).as("only staff dates moved: supervision is told, the applicant is not")
                .isEqualTo("StaffDeadlinesRecomputed");

        List<DeadlineChange> later = c.recompute(new CalendarStamp(2027, 2), LATER, limits(), on("2026-12-29"));

        assertThat(later).extracting(DeadlineChange::what, DeadlineChange::from, DeadlineChange::to)
                .containsExactlyInAnyOrder(
                        tuple("promised", LocalDate.parse("2027-01-06"), LocalDate.parse("2027-01-07")),
                        tuple("statutory", LocalDate.parse("2027-01-26"), LocalDate.parse("2027-01-27")),
                        tuple("task county-market-regulation", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06")),
                        tuple("task county-fire-rescue", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06")));
        assertThat(types(c).getLast()).isEqualTo("DeadlinesRecomputed");
        assertThat(c.snapshot().deadlines().changes()).hasSize(6);
    }

    @Test
    void aPausedCaseHasNoRunningDateToMoveAndItsResubmissionCountsOnThePublishedYear() {
        Case c = acceptedDec21();
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "拟同意", null, approval, clock, on("2026-12-21"));
        c.requestSupplement(REVIEWER, List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "不清晰")),
                "请补正", on("2026-12-23"));

        List<DeadlineChange> changes = c.recompute(V1, LATER, Map.of(), PUBLISHED);

        assertThat(changes).isEmpty();
        assertThat(c.snapshot().deadlines().promisedDue()).isNull();
        assertThat(c.deadlinesTouch(2027)).as("a stopped clock has no end yet").isTrue();

        // Resubmitted Wed Dec 30 on the published year: Dec 22, 23 used; then Dec 31, Jan 5 (Jan 4 now
        // off), 6, 7, 8, 11, 12, 13.
        c.attachUpload("premises-layout", JointApprovalTest.file("layout-2"), on("2026-12-30"));
        c.resubmit(CITIZEN, new DeadlineClock(LATER), on("2026-12-30"));
        assertThat(c.snapshot().deadlines().promisedDue()).isEqualTo("2027-01-13");
    }

    @Test
    void aPausedJointCasesTasksAreSetBackSoThatTheResubmissionGivesThemTheirFullLimit() {
        Case c = jointAcceptedDec28();
        c.requestSupplement(REVIEWER, List.of(new Defect("fume-equipment", "", Defect.Kind.DEFECTIVE, "不清晰")),
                "请补正", on("2026-12-29"));

        List<DeadlineChange> changes = c.recompute(V1, LATER, limits(), PUBLISHED);

        // Without the pause: Dec 29, 30, 31, Jan 5, 6 on the published year.
        assertThat(changes).extracting(DeadlineChange::what).containsExactlyInAnyOrder("task county-market-regulation",
                "task county-fire-rescue");
        assertThat(taskDues(c)).containsEntry("county-market-regulation", LocalDate.parse("2027-01-06"));

        c.attachUpload("fume-equipment", JointApprovalTest.file("fume-2"), on("2027-01-07"));
        c.resubmit(CITIZEN, new DeadlineClock(LATER), on("2027-01-07"));
        // Dec 29 used; Dec 30 to Jan 7 stood still; then Jan 8, 11, 12, 13: five working days in all.
        assertThat(taskDues(c)).containsEntry("county-market-regulation", LocalDate.parse("2027-01-13"));
    }

    @Test
    void aDecidedCaseIsNeverTouched() {
        Case c = acceptedDec21();
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, approval, clock, on("2026-12-22"));
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, approval, clock, on("2026-12-22"));
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval, clock, on("2026-12-22"));
        CaseSnapshot before = c.snapshot();

        assertThat(c.deadlinesTouch(2027)).isFalse();
        assertThat(c.recompute(V1, LATER, Map.of(), PUBLISHED)).isEmpty();
        assertThat(c.snapshot()).isEqualTo(before);
    }

    @Test
    void recomputingTwiceOnTheSameVersionChangesNothingTheSecondTime() {
        Case c = acceptedDec21();
        assertThat(c.recompute(V1, LATER, Map.of(), PUBLISHED)).hasSize(2);
        CaseSnapshot once = c.snapshot();

        assertThat(c.recompute(V1, LATER, Map.of(), on("2026-12-25"))).isEmpty();
        assertThat(c.snapshot()).isEqualTo(once);
        assertThat(types(c).stream().filter("DeadlinesRecomputed"::equals)).hasSize(1);
    }

    @Test
    void aToleratedMaterialDueOnWhatIsNowADayOffIsDueOnTheNextWorkingDay() {
        Case c = submitted(Fixtures.foodPermit(), on("2026-12-21"), "safety-rules");
        c.accept(CLERK, numbers, List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2027-01-04"))),
                AcceptancePolicy.standard(), clock, on("2026-12-21"));

        assertThat(c.recompute(V1, EARLIER, Map.of(), PUBLISHED)).isEmpty();
        List<DeadlineChange> changes = c.recompute(new CalendarStamp(2027, 2), LATER, Map.of(), PUBLISHED);

        assertThat(changes).extracting(DeadlineChange::what, DeadlineChange::from, DeadlineChange::to).contains(
                tuple("tolerated safety-rules", LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-05")));
        assertThat(c.snapshot().materials().tolerated()).containsExactly(new ToleratedMaterial("safety-rules",
                LocalDate.parse("2027-01-05")));
    }

    @Test
    void theClockTouchesAYearOnlyFromItsAcceptanceToItsLatestOpenDate() {
        Case january = acceptedDec21();
        Case december = submitted(Fixtures.immediateItem(), on("2026-12-01"));
        december.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, on("2026-12-01"));

        assertThat(january.deadlinesTouch(2026)).isTrue();
        assertThat(january.deadlinesTouch(2027)).isTrue();
        assertThat(january.deadlinesTouch(2028)).isFalse();
        assertThat(december.deadlinesTouch(2027)).as("due in 2026").isFalse();
        assertThat(submitted(Fixtures.foodPermit(), on("2026-12-21")).deadlinesTouch(2027)).as("not accepted").isFalse();
    }
}
