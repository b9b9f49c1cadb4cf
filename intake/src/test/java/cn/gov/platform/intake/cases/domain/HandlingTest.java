package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who acts on a case (the receiving department, or the higher one after 上报件), the green channel, delivery. */
class HandlingTest {

    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    static final Handling TOWNSHIP = Handling.at(Fixtures.YUHAI_CENTER);
    static final DepartmentDirectory DEPARTMENTS = Fixtures.CATALOGUE_DEPARTMENTS;

    @Test
    void theReceivingDepartmentActsUntilTheCaseIsReportedUpwardThenOnlyTheHigherOne() {
        assertThat(TOWNSHIP.isActingUnit("640324100000", "yuhai-town-service-center")).isTrue();

        Handling reported = TOWNSHIP.reportedUpward(CaseState.ACCEPTED, "county-civil-affairs", DEPARTMENTS, "需县级确认");

        assertThat(reported.reportedTo()).isEqualTo("640324000000");
        assertThat(reported.isActingUnit("640324000000", "county-civil-affairs")).isTrue();
        assertThat(reported.isActingUnit("640324100000", "yuhai-town-service-center")).isFalse();
        assertThat(reported.isHandledBy("640324100000", "yuhai-town-service-center")).isTrue();
        assertThat(reported.actingDivision()).isEqualTo("640324000000");
        assertThat(reported.actingDepartment()).isEqualTo("county-civil-affairs");
        assertThat(TOWNSHIP.actingDepartmentName()).isEqualTo("豫海镇便民服务中心");
    }

    @Test
    void aHigherDepartmentIsNamedAsTheCatalogueNamesItInChineseAndEnglishNeverByItsCode() {
        Handling reported = TOWNSHIP.reportedUpward(CaseState.ACCEPTED, "county-civil-affairs", DEPARTMENTS, "需县级确认");

        assertThat(reported.reportedToDepartment()).isEqualTo("county-civil-affairs");
        assertThat(reported.reportedToDepartmentName()).isEqualTo("同心县民政局");
        assertThat(reported.reportedToDepartmentNameEn()).isEqualTo("Tongxin County Civil Affairs Bureau");
        assertThat(reported.actingDepartmentName()).isEqualTo("同心县民政局");
        assertThat(reported.actingDepartmentEnglishName()).isEqualTo("Tongxin County Civil Affairs Bureau");
        assertThat(TOWNSHIP.actingDepartmentEnglishName()).as("the receiving department, no English kept for it")
                .isEqualTo("豫海镇便民服务中心");
    }

    @Test
    void aDepartmentTheCatalogueDoesNotNameIsRefusedAndNothingIsReported() {
        DomainViolation refused = catchThrowableOfType(DomainViolation.class,
                () -> TOWNSHIP.reportedUpward(CaseState.ACCEPTED, "county-civil-afairs", DEPARTMENTS, "需县级确认"));

        assertThat(refused.code()).isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(refused.kind()).isEqualTo(DomainViolation.Kind.INVALID);
        assertThat(refused.field()).isEqualTo("department");
        assertThat(TOWNSHIP.reportedTo()).isNull();
    }

    @Test
    void aCaseReportedBeforeTheNamesWereKeptIsStillKnownByItsCode() {
        Handling stored = new Handling("640324100000", "yuhai-town-service-center", "豫海镇便民服务中心", "640324000000",
                "county-civil-affairs", null, null, false, null, null, null, List.of());

        assertThat(stored.actingDepartmentName()).isEqualTo("county-civil-affairs");
        assertThat(stored.actingDepartmentEnglishName()).isEqualTo("county-civil-affairs");
    }

    @Test
    void aCaseIsReportedUpwardOnceWhileAcceptedAndUndecidedWithADepartmentAndAReason() {
        assertThatThrownBy(() -> TOWNSHIP.reportedUpward(CaseState.SUBMITTED, "county-civil-affairs", DEPARTMENTS, "x"))
                .hasMessageContaining("INVALID_TRANSITION");
        assertThatThrownBy(() -> TOWNSHIP.reportedUpward(CaseState.APPROVED, "county-civil-affairs", DEPARTMENTS, "x"))
                .hasMessageContaining("INVALID_TRANSITION");
        assertThatThrownBy(() -> TOWNSHIP.reportedUpward(CaseState.UNDER_REVIEW, " ", DEPARTMENTS, "x"))
                .hasMessageContaining("DEPARTMENT_REQUIRED");
        assertThatThrownBy(() -> TOWNSHIP.reportedUpward(CaseState.UNDER_REVIEW, "county-civil-affairs", DEPARTMENTS, ""))
                .hasMessageContaining("REASON_REQUIRED");
        Handling reported = TOWNSHIP.reportedUpward(CaseState.UNDER_REVIEW, "county-civil-affairs", DEPARTMENTS, "需县级确认");
        assertThatThrownBy(() -> reported.reportedUpward(CaseState.UNDER_REVIEW, "x", DEPARTMENTS, "再次"))
                .as("a state conflict before the department is looked at").hasMessageContaining("ALREADY_REPORTED");
    }

    @Test
    void aCountyCaseHasNoHigherDivisionToBeReportedTo() {
        assertThatThrownBy(() -> Handling.at(Fixtures.MARKET_REGULATION).reportedUpward(CaseState.ACCEPTED,
                Fixtures.CIVIL_AFFAIRS, "需市级确认")).hasMessageContaining("NO_HIGHER_DIVISION");
    }

    @Test
    void theGreenChannelNamesTheOfficerAndKeepsACreditIncentiveAsItsBasis() {
        Handling major = TOWNSHIP.onGreenChannel(CaseState.SUBMITTED, "王科长", "重大项目");
        assertThat(major.greenChannel()).isTrue();
        assertThat(major.greenChannelBasis()).isEqualTo("MAJOR_PROJECT");
        assertThat(major.responsibleOfficer()).isEqualTo("王科长");

        Handling credit = TOWNSHIP.prioritisedByCredit(List.of("m-green", "m-priority"))
                .onGreenChannel(CaseState.ACCEPTED, "李主任", "信用激励");
        assertThat(credit.greenChannelBasis()).isEqualTo("CREDIT:m-green");
        assertThat(credit.responsibleOfficer()).isEqualTo("李主任");
        assertThat(TOWNSHIP.prioritisedByCredit(List.of())).as("no incentive, no change").isEqualTo(TOWNSHIP);
    }

    @Test
    void onlyACaseInProgressGoesOnTheGreenChannelWithANamedOfficer() {
        assertThatThrownBy(() -> TOWNSHIP.onGreenChannel(CaseState.DRAFT, "王科长", "重大项目"))
                .hasMessageContaining("INVALID_TRANSITION");
        assertThatThrownBy(() -> TOWNSHIP.onGreenChannel(CaseState.CLOSED, "王科长", "重大项目"))
                .hasMessageContaining("INVALID_TRANSITION");
        assertThatThrownBy(() -> TOWNSHIP.onGreenChannel(CaseState.ACCEPTED, "", "重大项目"))
                .hasMessageContaining("RESPONSIBLE_OFFICER_REQUIRED");
    }

    @Test
    void aDecidedResultIsDeliveredAndACourierNeedsTheAddressAndTheTrackingNumber() {
        assertThatThrownBy(() -> TOWNSHIP.delivered(CaseState.UNDER_REVIEW, Delivery.Method.ELECTRONIC, null, null,
                null, CLERK, AT)).hasMessageContaining("NOT_DECIDED");
        assertThatThrownBy(() -> TOWNSHIP.delivered(CaseState.APPROVED, Delivery.Method.COURIER, null, "EMS",
                "EMS-12345678", CLERK, AT)).hasMessageContaining("ADDRESS_REQUIRED");
        assertThatThrownBy(() -> TOWNSHIP.delivered(CaseState.APPROVED, Delivery.Method.COURIER, "豫海镇1号", "EMS",
                "单号", CLERK, AT)).hasMessageContaining("TRACKING_NUMBER_REQUIRED");

        Delivery courier = TOWNSHIP.delivered(CaseState.APPROVED, Delivery.Method.COURIER, "豫海镇1号", "EMS",
                "EMS-12345678", CLERK, AT).delivery();
        assertThat(courier.address()).isEqualTo("豫海镇1号");
        assertThat(courier.recordedBy()).isEqualTo("demo-clerk");
        Delivery pickup = TOWNSHIP.delivered(CaseState.REJECTED, Delivery.Method.WINDOW_PICKUP, "豫海镇1号", "EMS",
                "EMS-12345678", CLERK, AT).delivery();
        assertThat(pickup.address()).as("only a courier keeps an address").isNull();
        assertThat(pickup.trackingNumber()).isNull();
    }
}
