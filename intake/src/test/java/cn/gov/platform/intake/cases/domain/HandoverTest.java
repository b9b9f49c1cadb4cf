package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** First-contact handover (首问负责, INT-7): a case for another department is handed over, not refused. */
class HandoverTest {

    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor COUNTY_CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor YUHAI_CLERK = new Actor("clerk-2", "demo-township-clerk", ActorRole.HANDLER);
    static final Instant MAR_3 = Instant.parse("2026-03-03T02:00:00Z");
    static final String NOTE = "经营场所在豫海镇，属镇便民服务中心受理";

    /** Food permits are handled at county market regulation and, delegated, at Yuhai town's service centre. */
    private final ServiceItem item = Fixtures.foodPermitAt(Fixtures.MARKET_REGULATION, Fixtures.YUHAI_CENTER);
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());

    private Case submittedAtCounty() {
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, MAR_3);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, MAR_3);
        c.attachUpload("premises-layout", JointApprovalTest.file("layout"), MAR_3);
        c.attachUpload("safety-rules", JointApprovalTest.file("rules"), MAR_3);
        c.submit(CITIZEN, MAR_3);
        return c;
    }

    private static void handToYuhai(Case c, String note) {
        c.handOver(COUNTY_CLERK, Fixtures.foodPermitAt(Fixtures.MARKET_REGULATION, Fixtures.YUHAI_CENTER),
                Fixtures.YUHAI.value(), "yuhai-town-service-center", note, "handover-key-1", MAR_3);
    }

    /** The same case as stored, with its lifecycle in {@code state} and handling as given. */
    private static Case restoredAs(Case c, CaseState state, Handling handling) {
        CaseSnapshot s = c.snapshot();
        Lifecycle l = s.lifecycle();
        return Case.restore(new CaseSnapshot(s.id(), s.version(), s.item(), s.filing(), new Lifecycle(state, null,
                l.number(), l.noticeNumber(), l.createdAt(), l.submittedAt(), l.history()), handling, s.materials(),
                s.deadlines(), s.joint(), s.credit(), s.chain(), s.outbox()));
    }

    private static DomainViolation refusal(Runnable step) {
        try {
            step.run();
        } catch (DomainViolation e) {
            return e;
        }
        throw new AssertionError("the handover was not refused");
    }

    @Test
    void aSubmittedCaseGoesToTheOtherPlaceOfItsItemWhichThenHoldsItWhileTheFirstNoLongerDoes() {
        Case c = submittedAtCounty();

        handToYuhai(c, NOTE);

        Handling h = c.snapshot().handling();
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(h.division()).isEqualTo("640324100000");
        assertThat(h.department()).isEqualTo("yuhai-town-service-center");
        assertThat(h.departmentName()).isEqualTo("豫海镇便民服务中心");
        assertThat(c.isActingUnit("640324100000", "yuhai-town-service-center")).isTrue();
        assertThat(c.isActingUnit("640324000000", "county-market-regulation")).isFalse();
        assertThat(c.isVisibleTo("640324000000", "county-market-regulation")).isFalse();
        assertThat(h.handovers()).singleElement().satisfies(o -> {
            assertThat(o.fromDivision()).isEqualTo("640324000000");
            assertThat(o.fromDepartmentName()).isEqualTo("同心县市场监督管理局");
            assertThat(o.toDivisionName()).isEqualTo("豫海镇");
            assertThat(o.address()).isEqualTo("豫海镇便民服务中心一楼");
            assertThat(o.contact()).isEqualTo("0953-8010000");
            assertThat(o.note()).isEqualTo(NOTE);
            assertThat(o.byName()).isEqualTo("demo-clerk");
            assertThat(o.at()).isEqualTo(MAR_3);
        });
    }

    @Test
    void theHistoryNamesThePlaceAndTheNoteWithWhoAndWhenAndTheStateStaysAsItWas() {
        Case c = submittedAtCounty();

        handToYuhai(c, NOTE);

        Transition step = c.snapshot().lifecycle().history().getLast();
        assertThat(step.note()).isEqualTo("转交至 豫海镇豫海镇便民服务中心：" + NOTE);
        assertThat(step.from()).isEqualTo(CaseState.SUBMITTED);
        assertThat(step.to()).isEqualTo(CaseState.SUBMITTED);
        assertThat(step.actorName()).isEqualTo("demo-clerk");
        assertThat(step.role()).isEqualTo(ActorRole.HANDLER);
        assertThat(step.at()).isEqualTo(MAR_3);
    }

    @Test
    void theEventTellsWhereTheCaseWentAndHowToReachThemAndIsFiledUnderTheReceivingDepartment() {
        Case c = submittedAtCounty();
        int before = c.pendingEvents().size();

        handToYuhai(c, NOTE);

        assertThat(c.pendingEvents()).hasSize(before + 1);
        OutboxEvent e = c.pendingEvents().getLast();
        assertThat(e.type()).isEqualTo("CaseHandedOver");
        assertThat(e.division()).isEqualTo("640324100000");
        assertThat(e.department()).isEqualTo("yuhai-town-service-center");
        assertThat(e.applicantSubject()).isEqualTo("citizen-1");
        assertThat(e.payload()).containsExactlyInAnyOrderEntriesOf(Map.of("fromDepartmentName", "同心县市场监督管理局",
                "toDivisionName", "豫海镇", "toDepartmentName", "豫海镇便民服务中心", "address", "豫海镇便民服务中心一楼",
                "contact", "0953-8010000"));
    }

    @Test
    void theReceivingClerkAcceptsItAsTheirOwnAndTheDecisionChainIsTheItemsStill() {
        Case c = submittedAtCounty();
        List<?> chainBefore = c.snapshot().chain().steps();
        handToYuhai(c, NOTE);

        c.accept(YUHAI_CLERK, numbers, List.of(), AcceptancePolicy.standard(), Fixtures.clock2026(), MAR_3);

        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.snapshot().chain().steps()).isEqualTo(chainBefore);
        assertThat(c.pendingEvents().getLast().department()).isEqualTo("yuhai-town-service-center");
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyACaseAtTheWindowNotYetAcceptedCanBeHandedOver(CaseState state) {
        Case c = restoredAs(submittedAtCounty(), state, submittedAtCounty().snapshot().handling());
        int before = c.pendingEvents().size();

        DomainViolation refused = refusal(() -> handToYuhai(c, NOTE));

        assertThat(refused.code()).isEqualTo("INVALID_TRANSITION");
        assertThat(refused.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
        assertThat(c.snapshot().handling().department()).isEqualTo("county-market-regulation");
        assertThat(c.pendingEvents()).hasSize(before);
    }

    @Test
    void anAcceptedCaseIsTheAcceptingDepartmentsToFinishAndCannotBeHandedOver() {
        Case c = submittedAtCounty();
        c.accept(COUNTY_CLERK, numbers, List.of(), AcceptancePolicy.standard(), Fixtures.clock2026(), MAR_3);

        assertThat(refusal(() -> handToYuhai(c, NOTE)).code()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void aCaseReportedUpwardIsNotHandedOver() {
        Case submitted = submittedAtCounty();
        Handling h = submitted.snapshot().handling();
        Case reported = restoredAs(submitted, CaseState.SUBMITTED, new Handling(h.division(), h.department(),
                h.departmentName(), "640300000000", "city-market-regulation", null, null, false, null, null, null,
                List.of()));

        DomainViolation refused = refusal(() -> handToYuhai(reported, NOTE));

        assertThat(refused.code()).isEqualTo("ALREADY_REPORTED");
        assertThat(refused.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
    }

    @Test
    void aPlaceThatDoesNotImplementTheItemIsUnknownInput() {
        Case c = submittedAtCounty();
        ServiceItem filedUnder = Fixtures.foodPermitAt(Fixtures.MARKET_REGULATION, Fixtures.YUHAI_CENTER);

        DomainViolation noSuchDepartment = refusal(() -> c.handOver(COUNTY_CLERK, filedUnder, "640324000000",
                "county-health", NOTE, null, MAR_3));
        DomainViolation wrongDivision = refusal(() -> c.handOver(COUNTY_CLERK, filedUnder, "640324101000",
                "yuhai-town-service-center", NOTE, null, MAR_3));
        DomainViolation nothing = refusal(() -> c.handOver(COUNTY_CLERK, filedUnder, null, null, NOTE, null, MAR_3));

        for (DomainViolation refused : List.of(noSuchDepartment, wrongDivision, nothing)) {
            assertThat(refused.code()).isEqualTo("HANDOVER_TARGET_UNKNOWN");
            assertThat(refused.kind()).isEqualTo(DomainViolation.Kind.INVALID);
            assertThat(refused.field()).isEqualTo("department");
        }
        assertThat(c.snapshot().handling().handovers()).isEmpty();
    }

    @Test
    void theCatalogueMustGiveTheItemVersionTheCaseWasFiledUnder() {
        Case c = submittedAtCounty();
        Implementation elsewhere = new Implementation(DivisionCode.of("640324101000"), "丁塘镇", "dingtang-center",
                "丁塘镇便民服务中心", "丁塘镇便民服务中心", "0953-8030000", true);

        assertThatThrownBy(() -> c.handOver(COUNTY_CLERK, Fixtures.foodPermitAt(elsewhere).asVersion(2),
                "640324101000", "dingtang-center", NOTE, null, MAR_3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.snapshot().handling().handovers()).isEmpty();
    }

    @Test
    void aCaseIsNotHandedOverToTheDepartmentThatHasIt() {
        Case c = submittedAtCounty();

        DomainViolation refused = refusal(() -> c.handOver(COUNTY_CLERK, item, "640324000000",
                "county-market-regulation", NOTE, null, MAR_3));

        assertThat(refused.code()).isEqualTo("HANDOVER_TO_SAME_DEPARTMENT");
        assertThat(refused.kind()).isEqualTo(DomainViolation.Kind.RULE);
        assertThat(refused.field()).isEqualTo("department");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void theNoteIsRequired(String note) {
        Case c = submittedAtCounty();

        DomainViolation refused = refusal(() -> handToYuhai(c, note));

        assertThat(refused.code()).isEqualTo("REASON_REQUIRED");
        assertThat(refused.field()).isEqualTo("note");
        assertThat(c.snapshot().handling().department()).isEqualTo("county-market-regulation");
    }

    @Test
    void aNoteOfMoreThanTwoThousandCharactersIsRefused() {
        assertThat(refusal(() -> handToYuhai(submittedAtCounty(), "转".repeat(2001))).code())
                .isEqualTo("REASON_REQUIRED");
    }

    @Test
    void theReceivingDepartmentMayHandItOnAgainAndEachHandoverStaysOnTheRecord() {
        Case c = submittedAtCounty();
        handToYuhai(c, NOTE);

        c.handOver(YUHAI_CLERK, item, "640324000000", "county-market-regulation", "申请人要求在县中心办理", null, MAR_3);

        assertThat(c.snapshot().handling().department()).isEqualTo("county-market-regulation");
        assertThat(c.snapshot().handling().handovers()).extracting(Handover::toDepartment)
                .containsExactly("yuhai-town-service-center", "county-market-regulation");
        assertThat(c.pendingEvents()).filteredOn(e -> e.type().equals("CaseHandedOver")).hasSize(2);
    }

    @Test
    void theRequestThatMadeAHandoverIsKnownByItsClerkAndKeyOnly() {
        Case c = submittedAtCounty();
        handToYuhai(c, NOTE);

        Handling h = c.snapshot().handling();
        assertThat(h.handoverRequested("clerk-1", "handover-key-1")).isPresent();
        assertThat(h.handoverRequested("clerk-1", "another-key-2")).isEmpty();
        assertThat(h.handoverRequested("clerk-2", "handover-key-1")).isEmpty();
    }
}
