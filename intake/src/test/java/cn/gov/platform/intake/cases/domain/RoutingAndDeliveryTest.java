package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reported upward (上报件), the green channel (INT-8) and delivery of results (INT-12). */
class RoutingAndDeliveryTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");

    private final DeadlineClock clock = Fixtures.clock2026();
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());

    Case accepted(Implementation where, AcceptanceTerms terms) {
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), where,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", JointApprovalTest.file("layout"), FEB_10);
        c.attachUpload("safety-rules", JointApprovalTest.file("rules"), FEB_10);
        c.submit(CITIZEN, FEB_10);
        c.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, FEB_10, terms);
        return c;
    }

    @Test
    void divisionsKnowTheirParent() {
        assertThat(DivisionCode.of("640324100201").parentWithin(DivisionCode.Level.COUNTY)).contains(DivisionCode.of("640324100000"));
        assertThat(DivisionCode.of("640324100000").parentWithin(DivisionCode.Level.COUNTY)).contains(DivisionCode.of("640324000000"));
        assertThat(DivisionCode.of("640324000000").parentWithin(DivisionCode.Level.COUNTY)).isEmpty();
    }

    @Test
    void aTownshipCaseReportedUpwardIsTakenOverByTheCountyDepartmentAndStillSeenByTheTownship() {
        Case c = accepted(Fixtures.YUHAI_CENTER, AcceptanceTerms.none());

        c.reportUpward(CLERK, "county-civil-affairs", Fixtures.CATALOGUE_DEPARTMENTS, "需县级确认", FEB_10);

        assertThat(c.snapshot().handling().reportedTo()).isEqualTo("640324000000");
        assertThat(c.snapshot().handling().reportedToDepartment()).isEqualTo("county-civil-affairs");
        assertThat(c.isActingUnit("640324000000", "county-civil-affairs")).isTrue();
        assertThat(c.isActingUnit("640324100000", "yuhai-town-service-center")).isFalse();
        assertThat(c.isVisibleTo("640324100000", "yuhai-town-service-center")).isTrue();
        assertThat(c.isVisibleTo("640324000000", "county-market-regulation")).isFalse();
        assertThat(c.snapshot().lifecycle().history().getLast().note()).as("named, not by its code")
                .contains("同心县民政局").doesNotContain("county-civil-affairs");
        assertThatThrownBy(() -> c.reportUpward(CLERK, "county-civil-affairs", Fixtures.CATALOGUE_DEPARTMENTS, "again",
                FEB_10))
                .hasMessageContaining("ALREADY_REPORTED");
    }

    @Test
    void anItemReportedUpwardGoesUpAtAcceptance() {
        Case c = accepted(Fixtures.YUHAI_CENTER, new AcceptanceTerms(CreditStatus.CHECKED, null, List.of(),
                Fixtures.CIVIL_AFFAIRS));
        assertThat(c.snapshot().handling().reportedTo()).isEqualTo("640324000000");
        assertThat(c.snapshot().handling().actingDepartmentName()).isEqualTo("同心县民政局");
    }

    @Test
    void aCountyCaseHasNowhereHigherToGoAndADraftCannotBeReported() {
        Case county = accepted(Fixtures.MARKET_REGULATION, AcceptanceTerms.none());
        assertThatThrownBy(() -> county.reportUpward(CLERK, "county-civil-affairs", Fixtures.CATALOGUE_DEPARTMENTS, "因为",
                FEB_10)).hasMessageContaining("NO_HIGHER_DIVISION");

        Case draft = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.YUHAI_CENTER,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        assertThatThrownBy(() -> draft.reportUpward(CLERK, "x", Fixtures.CATALOGUE_DEPARTMENTS, "因为", FEB_10)).hasMessageContaining("INVALID_TRANSITION");
    }

    @Test
    void theGreenChannelNeedsANamedOfficerAndAReason() {
        Case c = accepted(Fixtures.MARKET_REGULATION, AcceptanceTerms.none());
        assertThatThrownBy(() -> c.greenChannel(CLERK, " ", "重大项目", FEB_10))
                .hasMessageContaining("RESPONSIBLE_OFFICER_REQUIRED");
        assertThatThrownBy(() -> c.greenChannel(CLERK, "王科长", " ", FEB_10)).hasMessageContaining("REASON_REQUIRED");

        c.greenChannel(CLERK, "王科长", "自治区重点项目：同心县光伏产业园", FEB_10);

        assertThat(c.snapshot().handling().greenChannel()).isTrue();
        assertThat(c.snapshot().handling().greenChannelBasis()).isEqualTo("MAJOR_PROJECT");
        assertThat(c.snapshot().handling().responsibleOfficer()).isEqualTo("王科长");
    }

    @Test
    void aResultIsDeliveredOnlyAfterTheDecisionAndACourierNeedsAddressAndTrackingNumber() {
        Case c = accepted(Fixtures.MARKET_REGULATION, AcceptanceTerms.none());
        assertThatThrownBy(() -> c.recordDelivery(CLERK, Delivery.Method.WINDOW_PICKUP, null, null, null, FEB_10))
                .hasMessageContaining("NOT_DECIDED");
        List<ApprovalRule> rules = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived());
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "齐全", null, rules, clock, FEB_10);
        c.recordOpinion(new Actor("r", "reviewer", ActorRole.REVIEWER), StaffRole.REVIEWER, Verdict.APPROVE, "同意", null,
                rules, clock, FEB_10);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, rules, clock, FEB_10);

        assertThatThrownBy(() -> c.recordDelivery(CLERK, Delivery.Method.COURIER, "同心县豫海镇某路 1 号", "EMS", null,
                FEB_10)).hasMessageContaining("TRACKING_NUMBER_REQUIRED");
        assertThatThrownBy(() -> c.recordDelivery(CLERK, Delivery.Method.COURIER, "", "EMS", "1234567890", FEB_10))
                .hasMessageContaining("ADDRESS_REQUIRED");
        assertThatThrownBy(() -> c.recordDelivery(CLERK, Delivery.Method.COURIER, "地址", "EMS", "12 34;", FEB_10))
                .hasMessageContaining("TRACKING_NUMBER_REQUIRED");

        c.recordDelivery(CLERK, Delivery.Method.COURIER, "同心县豫海镇某路 1 号", "EMS", "EA123456789CN", FEB_10);
        assertThat(c.snapshot().handling().delivery()).extracting(Delivery::method, Delivery::trackingNumber, Delivery::recordedBy)
                .containsExactly(Delivery.Method.COURIER, "EA123456789CN", "demo-clerk");

        c.recordDelivery(CLERK, Delivery.Method.ELECTRONIC, "ignored", null, "ignored", FEB_10);
        assertThat(c.snapshot().handling().delivery().address()).as("only a courier keeps an address").isNull();
    }
}
