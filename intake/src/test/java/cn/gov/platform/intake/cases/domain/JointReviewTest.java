package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Joint review (INT-5) of the restaurant item accepted Tue Feb 10, 2026: market regulation and fire
 * rescue have 5 working days (due Feb 24), ecology 3 (due Feb 13).
 */
class JointReviewTest {

    static final DeadlineClock CLOCK = Fixtures.clock2026();
    static final LocalDate FEB_10 = LocalDate.parse("2026-02-10");
    static final Instant AT = Instant.parse("2026-02-11T02:00:00Z");
    static final Actor FIRE = new Actor("a-2", "fire-approver", ActorRole.APPROVER);
    static final Deadlines ACCEPTED = Deadlines.of(TimeLimits.of(20, 6)).started(FEB_10, CLOCK);

    static JointReview opened(boolean deemedConsent) {
        return new JointReview(List.of(), deemedConsent, deemedConsent ? "超时默认规则（示意）" : null)
                .opened(JointApprovalTest.DEPARTMENTS, "640324000000", ACCEPTED, CLOCK, FEB_10);
    }

    @Test
    void everyDepartmentsTaskOpensAtOnceEachWithItsOwnWorkingDayDeadline() {
        JointReview review = opened(true);

        assertThat(review.isJoint()).isTrue();
        assertThat(review.tasks()).extracting(JointTask::id, JointTask::dueOn, JointTask::state).containsExactly(
                tuple("county-market-regulation@640324000000", LocalDate.parse("2026-02-24"), TaskState.OPEN),
                tuple("county-fire-rescue@640324000000", LocalDate.parse("2026-02-24"), TaskState.OPEN),
                tuple("county-ecology-environment@640324000000", LocalDate.parse("2026-02-13"), TaskState.OPEN));
        assertThat(review.hasTaskAt("640324000000", "county-fire-rescue")).isTrue();
        assertThat(review.hasTaskAt("640324100000", "county-fire-rescue")).as("at the case's division only").isFalse();
        assertThat(JointReview.copiedTo(JointApprovalTest.DEPARTMENTS)).isEqualTo(
                Message.of("并联审批：同时抄告 3 个部门", "Joint review: copied to 3 departments"));
    }

    @Test
    void aDepartmentDecidesItsOwnTaskOnceWhileTheCaseIsUnderReviewAndARefusalCitesItsBasis() {
        JointReview review = opened(true);

        assertThatThrownBy(() -> review.decide("county-housing", CaseState.UNDER_REVIEW, Verdict.APPROVE, "合格", null,
                FIRE, AT)).hasMessageContaining("TASK_NOT_FOUND");
        assertThatThrownBy(() -> review.decide("county-fire-rescue", CaseState.SUPPLEMENT_REQUESTED, Verdict.APPROVE,
                "合格", null, FIRE, AT)).hasMessageContaining("CASE_NOT_UNDER_REVIEW");
        assertThatThrownBy(() -> review.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.APPROVE, "",
                null, FIRE, AT)).hasMessageContaining("REASON_REQUIRED");
        assertThatThrownBy(() -> review.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.REJECT, "不合格",
                " ", FIRE, AT)).hasMessageContaining("LEGAL_BASIS_REQUIRED");

        JointTask decided = review.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.APPROVE, "消防检查合格",
                null, FIRE, AT);
        assertThat(decided.state()).isEqualTo(TaskState.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("fire-approver");
        JointReview after = review.with(decided);
        assertThatThrownBy(() -> after.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.REJECT, "改主意",
                "x", FIRE, AT)).hasMessageContaining("TASK_ALREADY_DECIDED");
        assertThat(after.allDecided()).isFalse();
    }

    @Test
    void silenceApprovesTheDayAfterTheDeadlineWhereTheItemAllowsItAndNotWhileTheClockStandsStill() {
        JointReview review = opened(true);
        Instant feb14 = Instant.parse("2026-02-14T02:00:00Z");

        assertThat(review.deemedOn(LocalDate.parse("2026-02-13"), CaseState.UNDER_REVIEW, feb14)).isEmpty();
        assertThat(review.deemedOn(LocalDate.parse("2026-02-14"), CaseState.SUPPLEMENT_REQUESTED, feb14)).isEmpty();
        assertThat(opened(false).deemedOn(LocalDate.parse("2026-03-20"), CaseState.UNDER_REVIEW, feb14)).isEmpty();

        List<JointTask> deemed = review.deemedOn(LocalDate.parse("2026-02-14"), CaseState.UNDER_REVIEW, feb14);
        assertThat(deemed).singleElement().satisfies(t -> {
            assertThat(t.department()).isEqualTo("county-ecology-environment");
            assertThat(t.state()).isEqualTo(TaskState.DEEMED_APPROVED);
            assertThat(t.decidedBy()).isEqualTo("system");
            assertThat(t.legalBasis()).isEqualTo("超时默认规则（示意）");
            assertThat(t.reasons()).contains("2026-02-13");
        });
    }

    @Test
    void theSweepLooksForTheEarliestOpenDeadlineSilenceWouldApprove() {
        JointReview review = opened(true);

        assertThat(review.deemedDue(CaseState.UNDER_REVIEW)).isEqualTo(LocalDate.parse("2026-02-13"));
        assertThat(review.deemedDue(CaseState.SUPPLEMENT_REQUESTED)).isNull();
        assertThat(opened(false).deemedDue(CaseState.UNDER_REVIEW)).isNull();
        JointReview ecologyDone = review.with(review.decide("county-ecology-environment", CaseState.UNDER_REVIEW,
                Verdict.APPROVE, "已登记", null, FIRE, AT));
        assertThat(ecologyDone.deemedDue(CaseState.UNDER_REVIEW)).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(ecologyDone.openDueDates()).containsExactly(LocalDate.parse("2026-02-24"),
                LocalDate.parse("2026-02-24"));
    }

    @Test
    void theTasksApproveTogetherOrRejectWithEveryRejectingDepartmentsReasonsAndBasis() {
        JointReview review = opened(true);
        JointReview approved = review;
        for (JointTask t : review.tasks()) {
            approved = approved.with(approved.decide(t.department(), CaseState.UNDER_REVIEW, Verdict.APPROVE, "同意",
                    null, FIRE, AT));
        }
        assertThat(approved.allDecided()).isTrue();
        JointReview.Outcome yes = approved.outcome();
        assertThat(yes.verdict()).isEqualTo(Verdict.APPROVE);
        assertThat(yes.reasons()).startsWith("各联办部门同意：同心县市场监督管理局、同心县消防救援大队");
        assertThat(yes.deciders()).contains("同心县消防救援大队（fire-approver）");

        JointReview rejected = review
                .with(review.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.REJECT, "疏散通道不足",
                        "《消防法》第十五条", FIRE, AT))
                .with(review.decide("county-ecology-environment", CaseState.UNDER_REVIEW, Verdict.REJECT, "油烟超标",
                        "《大气污染防治法》第八十一条", FIRE, AT))
                .with(review.decide("county-market-regulation", CaseState.UNDER_REVIEW, Verdict.APPROVE, "符合", null,
                        FIRE, AT));
        JointReview.Outcome no = rejected.outcome();
        assertThat(no.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(no.reasons()).isEqualTo("同心县消防救援大队：疏散通道不足；吴忠市生态环境局同心分局：油烟超标");
        assertThat(no.legalBasis()).isEqualTo("《消防法》第十五条；《大气污染防治法》第八十一条");
    }

    @Test
    void theResubmissionExtendsEveryOpenTaskByTheWorkingDaysTheCaseStoodStill() {
        JointReview review = opened(true);
        Deadlines paused = ACCEPTED.paused(LocalDate.parse("2026-02-12"));
        LocalDate feb26 = LocalDate.parse("2026-02-26");
        Deadlines resumed = paused.resumed(feb26).recounted(CLOCK, feb26);

        JointReview extended = review.resumed(paused, resumed, CLOCK, feb26);

        // Stood still Feb 13, 14, 24, 25, 26: five days count Feb 11, 12, 27, 28, Mar 2; three Feb 11, 12, 27.
        assertThat(extended.tasks()).extracting(JointTask::dueOn).containsExactly(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-02-27"));
    }

    @Test
    void aPublishedYearMovesAnOpenTasksDateEitherWayAndLeavesADecidedOneAlone() {
        // Accepted Mon Dec 28, 2026 on the provisional 2027: five days end Jan 5, three Dec 31.
        Deadlines december = Deadlines.of(TimeLimits.of(20, 6)).started(LocalDate.parse("2026-12-28"), CLOCK);
        JointReview review = new JointReview(List.of(), false, null).opened(JointApprovalTest.DEPARTMENTS,
                "640324000000", december, CLOCK, LocalDate.parse("2026-12-28"));
        JointReview fireDone = review.with(review.decide("county-fire-rescue", CaseState.UNDER_REVIEW, Verdict.APPROVE,
                "合格", null, FIRE, AT));
        DeadlineClock earlier = new DeadlineClock(Fixtures.calendarWith(Fixtures.official2027(1,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))));
        DeadlineMoves moves = new DeadlineMoves(new CalendarStamp(2027, 1), AT);

        JointReview moved = fireDone.recomputed(Map.of("county-market-regulation", 5, "county-fire-rescue", 5,
                "county-ecology-environment", 3), december, earlier, LocalDate.parse("2026-12-29"), moves);

        assertThat(moved.taskOf("county-market-regulation").orElseThrow().dueOn()).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(moved.taskOf("county-fire-rescue").orElseThrow().dueOn()).as("decided: untouched")
                .isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(moves.changes()).extracting(DeadlineChange::what, DeadlineChange::applicantFacing)
                .containsExactly(tuple("task county-market-regulation", false));
        assertThat(moves.toldTheApplicant()).isFalse();
    }
}
