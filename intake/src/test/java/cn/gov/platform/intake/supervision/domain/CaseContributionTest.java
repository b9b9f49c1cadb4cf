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

    private Case submitted(ServiceItem item, Instant at) {
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, at);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), at);
        }
        c.submit(CITIZEN, at);
        return c;
    }

    private Case accepted(ServiceItem item) {
        Case c = submitted(item, FEB_10);
        c.accept(CLERK, () -> CaseNumber.of("640324", 2026, 1), List.of(), AcceptancePolicy.standard(), clock, FEB_10);
        return c;
    }

    @Test
    void anAcceptedCaseIsDueOnItsPromisedDateAndHeldByTheHandlerWhoAcceptedIt() {
        Case c = accepted(Fixtures.foodPermit());
        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());

        assertThat(contribution.open()).filteredOn(i -> i.kind() == ItemKind.CASE).singleElement().satisfies(i -> {
            assertThat(i.dueOn()).isEqualTo(c.snapshot().deadlines().promisedDue());
            assertThat(i.department()).isEqualTo("county-market-regulation");
            assertThat(i.division()).isEqualTo("640324000000");
            assertThat(i.holderSubject()).isEqualTo("clerk-1");
        });
        assertThat(contribution.months()).isEmpty();
    }

    @Test
    void aTownshipCaseReportedUpwardCountsAtTheCountyDepartmentUnderItsNameNotItsCode() {
        ServiceItem item = Fixtures.foodPermitAt(Fixtures.YUHAI_CENTER);
        Case c = Case.draft(CaseId.random(), item, Fixtures.YUHAI_CENTER,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("f", "f.pdf", "application/pdf", 1, "ab".repeat(32)), FEB_10);
        }
        c.submit(CITIZEN, FEB_10);
        c.accept(CLERK, () -> CaseNumber.of("640324", 2026, 1), List.of(), AcceptancePolicy.standard(), clock, FEB_10);
        c.reportUpward(CLERK, "county-civil-affairs", Fixtures.CATALOGUE_DEPARTMENTS, "需县级确认", FEB_10);

        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());

        assertThat(contribution.open()).filteredOn(i -> i.kind() == ItemKind.CASE).singleElement().satisfies(i -> {
            assertThat(i.division()).isEqualTo("640324000000");
            assertThat(i.department()).isEqualTo("county-civil-affairs");
            assertThat(i.departmentName()).isEqualTo("同心县民政局");
        });
    }

    @Test
    void theFirstStepOfAThreeStepChainHasTheFirstThirdOfThePromisedLimitAndIsTheHandlers() {
        Case c = accepted(Fixtures.foodPermit());
        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());
        LocalDate acceptedOn = c.snapshot().deadlines().acceptedOn();

        assertThat(contribution.open()).filteredOn(i -> i.kind() == ItemKind.STEP).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(c.snapshot().id() + "/step/0");
            assertThat(i.step()).isEqualTo("HANDLER");
            assertThat(i.holderSubject()).isEqualTo("clerk-1");
            assertThat(i.openedOn()).isEqualTo(acceptedOn);
            // 10 promised working days over 3 steps: the two later steps keep 6 (10 * 2 / 3), the first has 4.
            assertThat(Fixtures.calendar2026().workingDaysBetween(acceptedOn, i.dueOn())).isEqualTo(4);
        });
    }

    @Test
    void afterTheHandlersOpinionTheReviewersStepIsOpenForTheReviewersOfTheDepartment() {
        Case c = accepted(Fixtures.foodPermit());
        Instant opinion = FEB_10.plus(Duration.ofDays(1));
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), clock, opinion);
        Contribution contribution = CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026());
        LocalDate acceptedOn = c.snapshot().deadlines().acceptedOn();

        assertThat(contribution.open()).filteredOn(i -> i.kind() == ItemKind.STEP).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(c.snapshot().id() + "/step/1");
            assertThat(i.step()).isEqualTo("REVIEWER");
            assertThat(i.holderSubject()).as("nobody in particular: every reviewer of the department").isNull();
            assertThat(i.openedOn()).isEqualTo(LocalDate.of(2026, 2, 11));
            assertThat(Fixtures.calendar2026().workingDaysBetween(acceptedOn, i.dueOn())).isEqualTo(10 - 3);
        });
    }

    @Test
    void theLastStepIsDueOnThePromisedDate() {
        Case c = accepted(Fixtures.foodPermit());
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "同意", null, List.of(), clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "同意", null, List.of(), clock, FEB_10);

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open())
                .filteredOn(i -> i.kind() == ItemKind.STEP).singleElement().satisfies(i -> {
                    assertThat(i.step()).isEqualTo("APPROVER");
                    assertThat(i.dueOn()).isEqualTo(c.snapshot().deadlines().promisedDue());
                });
    }

    @Test
    void aOneStepChainHasNoStepItemBesidesTheCase() {
        Case c = accepted(Fixtures.item("SCJG-009", cn.gov.platform.intake.catalogue.domain.ItemClass.PROMISED,
                cn.gov.platform.intake.catalogue.domain.TimeLimits.of(20, 5), List.of(StaffRole.HANDLER)));

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open())
                .extracting(OpenItem::kind).containsExactly(ItemKind.CASE);
    }

    @Test
    void aSubmissionWaitsAtTheWindowForTheItemsAcceptanceLimit() {
        Case c = submitted(Fixtures.foodPermit(), FEB_10);

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open()).singleElement()
                .satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(ItemKind.ACCEPTANCE);
                    assertThat(i.id()).isEqualTo(c.snapshot().id() + "/acceptance");
                    assertThat(i.step()).isEqualTo("HANDLER");
                    assertThat(i.holderSubject()).isNull();
                    assertThat(i.openedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
                    // Two working days (the default limit) after Tuesday Feb 10: Thursday Feb 12.
                    assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 2, 12));
                });
    }

    @Test
    void anItemsOwnAcceptanceLimitCountsAcrossTheSpringFestival() {
        ServiceItem fiveDays = Fixtures.item("SCJG-009", cn.gov.platform.intake.catalogue.domain.ItemClass.PROMISED,
                cn.gov.platform.intake.catalogue.domain.TimeLimits.of(20, 10, 5),
                List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER));
        Case c = submitted(fiveDays, FEB_10);

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open()).singleElement()
                .satisfies(i -> assertThat(i.dueOn()).isEqualTo(Fixtures.calendar2026()
                        .plusWorkingDays(LocalDate.of(2026, 2, 10), 5)));
    }

    @Test
    void aSupplementRequestStopsTheAcceptanceClockAndTheResubmissionStartsItAgain() {
        Case c = submitted(Fixtures.foodPermit(), FEB_10);
        c.requestSupplement(CLERK, List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "不清晰")), "请补正",
                FEB_10.plus(Duration.ofDays(1)));
        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open()).isEmpty();

        c.attachUpload("premises-layout", new StoredFile("g", "g.pdf", "application/pdf", 1, "cd".repeat(32)),
                Instant.parse("2026-03-02T02:00:00Z"));
        c.resubmit(CITIZEN, clock, Instant.parse("2026-03-02T02:00:00Z"));

        assertThat(CaseContribution.of(CaseRecord.of(c.snapshot()), Fixtures.calendar2026()).open()).singleElement()
                .satisfies(i -> {
                    assertThat(i.openedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
                    assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 3, 4));
                });
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
