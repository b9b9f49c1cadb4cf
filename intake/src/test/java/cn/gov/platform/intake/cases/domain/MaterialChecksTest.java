package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CAT-3 on the case: every answer of the registry about a reference and of the data exchange about a
 * record, what each makes of the material (checked, pending, staff check, refused), and which steps wait.
 */
class MaterialChecksTest {

    private static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    private static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    private static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    private static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    private static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    private static final RecordFetch FOUND = new RecordFetch.Found("宁(2024)同心县不动产权第0001234号",
            "豫海镇清水河路 12 号，商业用房", "county-natural-resources", "同心县自然资源局");
    private static final RecordFetch NOT_HELD = new RecordFetch.NotHeld("county-natural-resources", "同心县自然资源局");
    private static final RecordFetch DOWN = new RecordFetch.Unavailable("connection refused");

    private final DeadlineClock clock = Fixtures.clock2026();
    private final AcceptancePolicy policy = AcceptancePolicy.standard();
    private final List<ApprovalRule> approval = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived());
    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());

    private static Case draft() {
        return Case.draft(CaseId.random(), Fixtures.foodPermitWithPremisesRecord(), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, AT);
    }

    private static StoredFile file(String name) {
        return new StoredFile("f-" + name, name + ".pdf", "application/pdf", 1024, "ab".repeat(32));
    }

    private static MaterialEntry entry(Case c, String code) {
        return c.snapshot().materials().entryOf(code).orElseThrow();
    }

    private static List<String> missing(Case c) {
        return c.snapshot().materials().missing().stream().map(m -> m.code()).toList();
    }

    // --- references ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"VALID, CHECKED", "NOT_THIS_REGISTRY, STAFF_CHECK", "UNAVAILABLE, PENDING"})
    void aReferenceTheRegistryDoesNotRefuteIsKeptWithWhereItsCheckStands(ReferenceResolution answer,
            MaterialCheck check) {
        Case c = draft();
        c.attachCertificate("business-licence", "YYZZ-2026-640324-000088", answer, AT);

        MaterialEntry licence = entry(c, "business-licence");
        assertThat(licence.source()).isEqualTo(MaterialEntry.Source.CERTIFICATE_REFERENCE);
        assertThat(licence.check()).isEqualTo(check);
        assertThat(licence.resolved()).isEqualTo(check == MaterialCheck.CHECKED);
        assertThat(missing(c)).doesNotContain("business-licence");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"INVALID, CERTIFICATE_NOT_VALID", "UNKNOWN, CERTIFICATE_UNKNOWN"})
    void aReferenceTheRegistryRefutesOrDoesNotKnowIsRefusedAtFilingNamingTheMaterial(ReferenceResolution answer,
            String code) {
        Case c = draft();

        assertThatThrownBy(() -> c.attachCertificate("business-licence", "YYZZ-2026-640324-000099", answer, AT))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(code);
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.RULE);
                    assertThat(v.field()).isEqualTo("materials.business-licence");
                    assertThat(v.userMessage().zh()).contains("YYZZ-2026-640324-000099");
                    assertThat(v.userMessage().en()).contains("YYZZ-2026-640324-000099");
                });
        assertThat(c.snapshot().materials().supplied()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"VALID, CHECKED", "INVALID, REFUSED", "UNKNOWN, REFUSED", "NOT_THIS_REGISTRY, STAFF_CHECK",
            "UNAVAILABLE, PENDING"})
    void everyAnswerOfTheRegistryHasItsCheckState(ReferenceResolution answer, MaterialCheck check) {
        assertThat(MaterialCheck.of(answer)).isEqualTo(check);
    }

    @Test
    void aPendingReferenceHoldsUpAcceptanceUntilTheRegistryAnswers() {
        Case c = draft();
        c.attachCertificate("business-licence", "YYZZ-2026-640324-000088", ReferenceResolution.UNAVAILABLE, AT);
        c.recordFetched("premises-proof", FOUND, AT);
        c.attachUpload("safety-rules", file("rules"), AT);
        c.submit(CITIZEN, AT);

        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, AT))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("MATERIAL_CHECK_PENDING");
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
                    assertThat(v.field()).isEqualTo("materials.business-licence");
                    assertThat(v.userMessage().zh()).contains("营业执照");
                });
        assertThat(serial.get()).as("no number drawn").isZero();

        assertThat(c.pendingReferences()).extracting(MaterialEntry::code).containsExactly("business-licence");
        c.referenceRechecked("business-licence", ReferenceResolution.UNAVAILABLE, AT);
        assertThat(c.hasPendingChecks()).isTrue();
        c.referenceRechecked("business-licence", ReferenceResolution.VALID, AT);
        assertThat(c.hasPendingChecks()).isFalse();
        c.accept(CLERK, numbers, List.of(), policy, clock, AT);
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.snapshot().lifecycle().history().getLast().note()).isNull();
        assertThat(c.snapshot().lifecycle().history()).anyMatch(t -> t.text() != null
                && t.text().zh().equals("材料核验：营业执照：已核验") && t.text().en().equals("Material check: 营业执照: checked"));
    }

    @Test
    void aPendingReferenceFoundInvalidAfterAcceptanceRefusesApprovalButNotTheOtherSteps() {
        Case c = acceptedWithLegacyUnresolvedReference();

        assertThatThrownBy(() -> c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "材料齐全", null, approval,
                clock, AT)).hasMessageContaining("MATERIAL_CHECK_PENDING");

        c.referenceRechecked("business-licence", ReferenceResolution.INVALID, AT);
        assertThat(entry(c, "business-licence").check()).isEqualTo(MaterialCheck.REFUSED);
        assertThat(entry(c, "business-licence").refusal()).isEqualTo(MaterialRefusal.CERTIFICATE_NOT_VALID);
        assertThat(missing(c)).containsExactly("business-licence");
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "材料齐全", null, approval, clock, AT);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.APPROVE, "审核同意", null, approval, clock, AT);

        assertThatThrownBy(() -> c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.APPROVE, "准予", null, approval,
                clock, AT)).isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("CERTIFICATE_REFERENCE_REFUSED");
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
                    assertThat(v.field()).isEqualTo("materials.business-licence");
                });

        // The approver asks for it instead: the notice lists it as missing, with the registry's reason.
        Notice notice = c.requestSupplement(APPROVER, List.of(), "请补正营业执照", AT);
        assertThat(notice.defects()).singleElement().satisfies(d -> {
            assertThat(d.materialCode()).isEqualTo("business-licence");
            assertThat(d.kind()).isEqualTo(Defect.Kind.MISSING);
            assertThat(d.explanation()).contains(MaterialRefusal.CERTIFICATE_NOT_VALID.zh());
        });
    }

    @Test
    void aReferenceTheRegistryStillCannotCheckAfterAcceptanceHoldsUpEveryDecisionStep() {
        Case c = acceptedWithLegacyUnresolvedReference();
        c.referenceRechecked("business-licence", ReferenceResolution.UNAVAILABLE, AT);

        assertThatThrownBy(() -> c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.REJECT, "不符合条件", "《食品安全法》",
                approval, clock, AT)).hasMessageContaining("MATERIAL_CHECK_PENDING");
        c.referenceRechecked("business-licence", ReferenceResolution.NOT_THIS_REGISTRY, AT);
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.APPROVE, "材料齐全", null, approval, clock, AT);
        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
    }

    /** A case accepted before this release with its licence reference stored unresolved, as old documents read. */
    private Case acceptedWithLegacyUnresolvedReference() {
        Case c = draft();
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.VALID, AT);
        c.recordFetched("premises-proof", FOUND, AT);
        c.attachUpload("safety-rules", file("rules"), AT);
        c.submit(CITIZEN, AT);
        c.accept(CLERK, numbers, List.of(), policy, clock, AT);
        CaseSnapshot s = c.snapshot();
        List<MaterialEntry> supplied = new ArrayList<>(s.materials().supplied());
        supplied.set(0, new MaterialEntry("business-licence", "营业执照", MaterialEntry.Source.CERTIFICATE_REFERENCE, null,
                null, null, 0, null, "BL-640324-0001", false, AT, null, null, null));
        Materials legacy = new Materials(s.materials().required(), supplied, s.materials().tolerated(),
                s.materials().notices());
        return Case.restore(new CaseSnapshot(s.id(), s.version(), s.item(), s.filing(), s.lifecycle(), s.handling(),
                legacy, s.deadlines(), s.joint(), s.credit(), s.chain(), s.outbox()));
    }

    @Test
    void storedEntriesWithoutACheckReadFromTheirResolvedFlag() {
        MaterialEntry upload = new MaterialEntry("safety-rules", "制度", MaterialEntry.Source.UPLOAD, "f", "a.pdf",
                "application/pdf", 1, "ab", null, true, AT, null, null, null);
        MaterialEntry resolved = new MaterialEntry("business-licence", "营业执照",
                MaterialEntry.Source.CERTIFICATE_REFERENCE, null, null, null, 0, null, "BL-1", true, AT, null, null, null);
        MaterialEntry unresolved = new MaterialEntry("business-licence", "营业执照",
                MaterialEntry.Source.CERTIFICATE_REFERENCE, null, null, null, 0, null, "BL-1", false, AT, null, null,
                null);

        assertThat(upload.check()).isEqualTo(MaterialCheck.CHECKED);
        assertThat(resolved.check()).isEqualTo(MaterialCheck.CHECKED);
        assertThat(unresolved.check()).as("checked again before any decision").isEqualTo(MaterialCheck.PENDING);
    }

    // --- department records ---------------------------------------------------------------------------

    @Test
    void aRecordTheDepartmentHoldsStandsInForTheMaterialAndIsNeverDemanded() {
        Case c = draft();
        assertThat(c.recordsToFetch()).extracting(m -> m.code()).containsExactly("premises-proof");

        c.recordFetched("premises-proof", FOUND, AT);
        c.submit(CITIZEN, AT);

        MaterialEntry premises = entry(c, "premises-proof");
        assertThat(premises.source()).isEqualTo(MaterialEntry.Source.DEPARTMENT_RECORD);
        assertThat(premises.check()).isEqualTo(MaterialCheck.CHECKED);
        assertThat(premises.record()).isEqualTo(new DepartmentRecord("real-estate-registration",
                "county-natural-resources", "同心县自然资源局", null, "宁(2024)同心县不动产权第0001234号",
                "豫海镇清水河路 12 号，商业用房", AT));
        assertThat(c.recordsToFetch()).isEmpty();
        assertThat(missing(c)).containsExactly("business-licence", "safety-rules");
        Notice notice = c.requestSupplement(CLERK, List.of(), "请一次性补齐", AT);
        assertThat(notice.defects()).extracting(Defect::materialCode)
                .containsExactly("business-licence", "safety-rules");
    }

    @Test
    void aRecordFromADepartmentTheExchangeDoesNotNameIsNamedAsTheCatalogueNamesItNeverByItsCode() {
        ServiceItem item = Fixtures.foodPermitWithPremisesRecord().toBuilder()
                .materials(List.of(new RequiredMaterial("premises-proof", "经营场所使用证明", true, null, "不动产登记信息",
                        null, "real-estate-registration", "county-natural-resources", "同心县自然资源局", null,
                        "Tongxin County Natural Resources Bureau", null)))
                .build();
        Case c = Case.draft(CaseId.random(), item, Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, AT);
        c.recordFetched("premises-proof", new RecordFetch.Found("宁(2024)同心县不动产权第0001234号", null,
                "county-natural-resources", null), AT);

        DepartmentRecord record = entry(c, "premises-proof").record();
        assertThat(record.department()).isEqualTo("county-natural-resources");
        assertThat(record.departmentName()).as("the catalogue's name for the material's department")
                .isEqualTo("同心县自然资源局");
        assertThat(record.departmentNameEn()).isEqualTo("Tongxin County Natural Resources Bureau");
    }

    @Test
    void aRecordFromADepartmentNeitherTheExchangeNorTheCatalogueNamesIsLeftUnnamedForThePortalToName() {
        Case c = draft();
        c.recordFetched("premises-proof", new RecordFetch.NotHeld("county-real-estate-centre", null), AT);

        DepartmentRecord record = entry(c, "premises-proof").record();
        assertThat(record.department()).isEqualTo("county-real-estate-centre");
        assertThat(record.departmentName()).isNull();
        assertThat(record.departmentNameEn()).isNull();
    }

    @Test
    void aRecordTheDepartmentDoesNotHoldBecomesAnOrdinaryMissingMaterialWithTheReason() {
        Case c = draft();
        c.recordFetched("premises-proof", NOT_HELD, AT);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.VALID, AT);
        c.submit(CITIZEN, AT);

        assertThat(entry(c, "premises-proof").check()).isEqualTo(MaterialCheck.REFUSED);
        assertThat(entry(c, "premises-proof").refusal()).isEqualTo(MaterialRefusal.RECORD_NOT_HELD);
        assertThat(c.recordsToFetch()).as("not asked again: the applicant hands it in").isEmpty();
        assertThat(missing(c)).containsExactly("premises-proof", "safety-rules");
        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, AT))
                .hasMessageContaining("MATERIALS_MISSING").hasMessageContaining("经营场所使用证明");

        Notice notice = c.requestSupplement(CLERK, List.of(), "请一次性补齐", AT);
        assertThat(notice.defects()).filteredOn(d -> d.materialCode().equals("premises-proof")).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains(MaterialRefusal.RECORD_NOT_HELD.zh()));
        c.attachUpload("premises-proof", file("lease"), AT.plusSeconds(60));
        c.attachUpload("safety-rules", file("rules"), AT.plusSeconds(60));
        c.resubmit(CITIZEN, clock, AT.plusSeconds(120));
        c.accept(CLERK, numbers, List.of(), policy, clock, AT.plusSeconds(180));
        assertThat(entry(c, "premises-proof").source()).isEqualTo(MaterialEntry.Source.UPLOAD);
    }

    @Test
    void aRecordTheExchangeCouldNotGiveIsPendingNotDemandedAndHoldsUpAcceptanceUntilFetched() {
        Case c = draft();
        c.recordFetched("premises-proof", DOWN, AT);
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.VALID, AT);
        c.attachUpload("safety-rules", file("rules"), AT);
        c.submit(CITIZEN, AT);

        MaterialEntry premises = entry(c, "premises-proof");
        assertThat(premises.check()).isEqualTo(MaterialCheck.PENDING);
        assertThat(premises.record().department()).isEqualTo("county-natural-resources");
        assertThat(premises.record().reference()).isNull();
        assertThat(missing(c)).isEmpty();
        assertThat(c.recordsToFetch()).extracting(m -> m.code()).containsExactly("premises-proof");
        assertThatThrownBy(() -> c.accept(CLERK, numbers, List.of(), policy, clock, AT))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("MATERIAL_CHECK_PENDING");
                    assertThat(v.field()).isEqualTo("materials.premises-proof");
                });

        c.recordFetched("premises-proof", FOUND, AT.plusSeconds(60));
        c.accept(CLERK, numbers, List.of(), policy, clock, AT.plusSeconds(60));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(entry(c, "premises-proof").record().fetchedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void anUploadHandedInMeanwhileIsKeptWhenTheRecordArrivesLater() {
        Case c = draft();
        c.recordFetched("premises-proof", DOWN, AT);
        c.attachUpload("premises-proof", file("lease"), AT);

        assertThat(c.recordsToFetch()).isEmpty();
        c.recordFetched("premises-proof", FOUND, AT.plusSeconds(60));
        assertThat(entry(c, "premises-proof").source()).isEqualTo(MaterialEntry.Source.UPLOAD);
    }
}
