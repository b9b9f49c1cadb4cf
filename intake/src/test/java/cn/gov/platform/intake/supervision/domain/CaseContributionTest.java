package cn.gov.platform.intake.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.Defect;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseContributionTest {

    private static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    private static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    private static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    private static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    // 10:00 in Tongxin on Tue Feb 10, 2026.
    private static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");

    private final DeadlineClock clock = Fixtures.clock2026();

    private Case accepted(ServiceItem item) {
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), FEB_10);
        }
        c.submit(CITIZEN, FEB_10);
        c.accept(CLERK, () -> CaseNumber.of("640324", 2026, 1), List.of(), AcceptancePolicy.standard(), clock, FEB_10);
        return c;
    }

    @Test
    void anAcceptedCaseIsOneOpenItemDueOnItsPromisedDate() {
        Case c = accepted(Fixtures.foodPermit());
        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());

        assertThat(contribution.open()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.CASE);
            assertThat(i.dueOn()).isEqualTo(c.snapshot().deadlines().promisedDue());
            assertThat(i.department()).isEqualTo("county-market-regulation");
            assertThat(i.division()).isEqualTo("640324000000");
        });
        assertThat(contribution.months()).isEmpty();
    }

    @Test
    void aCaseWhoseClockStandsStillIsNotLit() {
        Case c = accepted(Fixtures.foodPermit());
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), clock, FEB_10.plusSeconds(60));
        c.requestSupplement(REVIEWER, List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "不清晰")), "请补正",
                FEB_10.plus(Duration.ofDays(1)));

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open()).isEmpty();
    }

    @Test
    void aDecidedCaseCountsInTheMonthOfItsDecisionWithTheWorkingDaysItTook() {
        Case c = accepted(Fixtures.foodPermit());
        // Decided on Tue Mar 3: Feb 11-13, then Feb 14 (a swapped working Saturday), then the festival
        // (Feb 15-23 off), Feb 24-27, Feb 28 (worked Saturday), Mar 2, Mar 3 = 11 working days; promised 10.
        Instant decided = Instant.parse("2026-03-03T02:00:00Z");
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), clock, decided);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, List.of(), clock, decided);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, List.of(), clock, decided);

        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());

        assertThat(contribution.open()).isEmpty();
        MonthKey march = new MonthKey("640324000000", "county-market-regulation", "同心县市场监督管理局",
                YearMonth.of(2026, 3));
        Tally t = contribution.months().get(march);
        assertThat(t.get(Measure.DECIDED)).isEqualTo(1);
        assertThat(t.get(Measure.WORKING_DAYS)).isEqualTo(11);
        assertThat(t.get(Measure.ON_TIME)).as("one working day late").isZero();
        assertThat(t.get(Measure.IMMEDIATE)).isZero();
    }

    @Test
    void anImmediateItemDecidedAtTheWindowCountsAsImmediateAndOnTime() {
        ServiceItem item = Fixtures.immediateItem();
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), FEB_10);
        }
        c.submit(CITIZEN, FEB_10);
        c.decideAtWindow(CLERK, () -> CaseNumber.of("640324", 2026, 2), Verdict.APPROVE, "当场办结", null,
                AcceptancePolicy.standard(), List.of(), clock, FEB_10);

        Tally t = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).months().values().iterator().next();
        assertThat(t.get(Measure.IMMEDIATE)).isEqualTo(1);
        assertThat(t.get(Measure.ON_TIME)).isEqualTo(1);
        assertThat(t.get(Measure.WORKING_DAYS)).isZero();
    }

    @Test
    void workingDaysTakenLeaveOutThePause() {
        var pauses = List.of(new cn.gov.platform.kernel.calendar.Pause(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6)));
        // Mar 2 (Mon) accepted, paused after Mar 2 until Mar 6: Mar 9-13 count.
        assertThat(CaseContribution.workingDaysTaken(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), pauses,
                Fixtures.calendar2026())).isEqualTo(5);
    }
}
