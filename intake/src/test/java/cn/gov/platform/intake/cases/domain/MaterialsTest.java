package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The materials of a case (INT-2, INT-4, CAT-3) and the notices about them, on the food permit's three materials. */
class MaterialsTest {

    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    static final Materials NONE = Materials.requiredBy(Fixtures.foodPermit().materials());

    static StoredFile file(String name) {
        return new StoredFile("f-" + name, name + ".pdf", "application/pdf", 1024, "ab".repeat(32));
    }

    @Test
    void onlyWhatTheItemRequiresIsTakenAndOnlyWhileTheCaseCanTakeIt() {
        assertThatThrownBy(() -> NONE.withUpload("tax-receipt", file("x"), CaseState.DRAFT, AT))
                .hasMessageContaining("MATERIAL_NOT_REQUIRED");
        assertThatThrownBy(() -> NONE.withUpload("premises-layout", file("x"), CaseState.SUBMITTED, AT))
                .hasMessageContaining("MATERIALS_CLOSED");
        assertThat(NONE.withUpload("premises-layout", file("x"), CaseState.SUPPLEMENT_REQUESTED, AT).suppliedCodes())
                .containsExactly("premises-layout");
    }

    @Test
    void afterAcceptanceOnlyAToleratedMaterialMayStillComeIn() {
        Materials accepted = NONE.tolerating(List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2026-02-25"))));

        assertThatThrownBy(() -> accepted.withUpload("premises-layout", file("x"), CaseState.ACCEPTED_WITH_TOLERANCE, AT))
                .hasMessageContaining("MATERIALS_CLOSED");
        assertThat(accepted.withUpload("safety-rules", file("rules"), CaseState.UNDER_REVIEW, AT).suppliedCodes())
                .containsExactly("safety-rules");
    }

    @Test
    void aCertificateStandsInOnlyWhereTheCatalogueNamesATypeForTheMaterial() {
        assertThatThrownBy(() -> NONE.withCertificate("premises-layout", "X-1", ReferenceResolution.VALID, CaseState.DRAFT, AT))
                .hasMessageContaining("CERTIFICATE_NOT_ACCEPTED_FOR_MATERIAL");
        assertThatThrownBy(() -> NONE.withCertificate("business-licence", " ", ReferenceResolution.VALID, CaseState.DRAFT, AT))
                .hasMessageContaining("INVALID_CERTIFICATE_NUMBER");
        MaterialEntry entry = NONE.withCertificate("business-licence", "BL-1", ReferenceResolution.NOT_THIS_REGISTRY, CaseState.DRAFT, AT).supplied()
                .getFirst();
        assertThat(entry.certificateNumber()).isEqualTo("BL-1");
        assertThat(entry.resolved()).isFalse();
    }

    @Test
    void aMaterialHandedInAgainReplacesTheEarlierFileWhereItStood() {
        Materials m = NONE.withUpload("premises-layout", file("layout"), CaseState.DRAFT, AT)
                .withUpload("safety-rules", file("rules"), CaseState.DRAFT, AT)
                .withUpload("premises-layout", file("layout-2"), CaseState.DRAFT, AT);

        assertThat(m.supplied()).extracting(MaterialEntry::code, MaterialEntry::fileName).containsExactly(
                tuple("premises-layout", "layout-2.pdf"), tuple("safety-rules", "rules.pdf"));
        assertThat(m.missing()).extracting(r -> r.code()).containsExactly("business-licence");
    }

    @Test
    void theOneTimeNoticeListsEveryMissingMaterialAndTheDefectiveOnesWithWhatIsWrong() {
        Materials m = NONE.withUpload("premises-layout", file("layout"), CaseState.DRAFT, AT);

        Notice notice = m.supplementNotice(List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "无比例尺"),
                new Defect("safety-rules", "", Defect.Kind.DEFECTIVE, "已列为缺少")), "请补正", CLERK, AT, false);

        assertThat(notice.defects()).extracting(Defect::materialCode, Defect::kind).containsExactly(
                tuple("business-licence", Defect.Kind.MISSING), tuple("safety-rules", Defect.Kind.MISSING),
                tuple("premises-layout", Defect.Kind.DEFECTIVE));
        assertThat(notice.defects().getLast().materialName()).isEqualTo("经营场所平面布局图");
        assertThat(notice.issuedBy()).isEqualTo("demo-clerk");
        Materials after = m.supplementRequested(notice);
        assertThat(after.suppliedCodes()).as("the defective file must come again").isEmpty();
        assertThat(after.notices()).containsExactly(notice);
    }

    @Test
    void aDefectWithoutExplanationSaysTheStandardWordsInBothLanguagesAndNeedsAMaterialTheItemRequires() {
        Materials m = NONE.withUpload("premises-layout", file("layout"), CaseState.DRAFT, AT);

        Notice notice = m.supplementNotice(List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, " ")),
                "请补正", CLERK, AT, false);
        assertThat(notice.defects()).filteredOn(d -> d.kind() == Defect.Kind.DEFECTIVE).singleElement()
                .satisfies(d -> assertThat(d.explanation())
                        .isEqualTo("不符合要求，请按办事指南重新提交 | not as required: hand it in again as the guide describes"));
        assertThatThrownBy(() -> m.supplementNotice(List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE,
                "字".repeat(2001))), "请补正", CLERK, AT, false)).hasMessageContaining("REASON_REQUIRED");
        assertThatThrownBy(() -> m.supplementNotice(List.of(new Defect("tax-receipt", "", Defect.Kind.DEFECTIVE, "x")),
                "请补正", CLERK, AT, false)).hasMessageContaining("MATERIAL_NOT_REQUIRED");
    }

    @Test
    void nothingIsAskedForTwiceInOnePhaseNorWhenNothingIsWrong() {
        Materials complete = NONE.withCertificate("business-licence", "BL-1", ReferenceResolution.VALID, CaseState.DRAFT, AT)
                .withUpload("premises-layout", file("layout"), CaseState.DRAFT, AT)
                .withUpload("safety-rules", file("rules"), CaseState.DRAFT, AT);
        assertThatThrownBy(() -> complete.supplementNotice(List.of(), "请补正", CLERK, AT, false))
                .hasMessageContaining("NOTHING_TO_SUPPLEMENT");

        Notice atTheWindow = NONE.supplementNotice(List.of(), "请补正", CLERK, AT, false);
        Materials asked = NONE.supplementRequested(atTheWindow);
        assertThatThrownBy(() -> asked.supplementNotice(List.of(), "再次", CLERK, AT, false))
                .hasMessageContaining("SUPPLEMENT_ALREADY_REQUESTED");
        assertThat(asked.supplementNotice(List.of(), "审查中补正", CLERK, AT, true).duringReview())
                .as("the review has its own one notice").isTrue();
    }

    @Test
    void aResubmissionCountsOnlyWhatWasHandedInAfterTheNotice() {
        Materials before = NONE.withUpload("premises-layout", file("layout"), CaseState.DRAFT, AT);
        Notice notice = before.supplementNotice(List.of(), "请补正", CLERK, AT.plusSeconds(60), false);
        Materials asked = before.supplementRequested(notice)
                .withCertificate("business-licence", "BL-1", ReferenceResolution.VALID, CaseState.SUPPLEMENT_REQUESTED, AT.plusSeconds(120));

        assertThatThrownBy(asked::requireSupplementComplete).hasMessageContaining("SUPPLEMENT_INCOMPLETE")
                .hasMessageContaining("safety-rules");
        asked.withUpload("safety-rules", file("rules"), CaseState.SUPPLEMENT_REQUESTED, AT.plusSeconds(180))
                .requireSupplementComplete();
    }

    @Test
    void aToleratedMaterialNotYetSuppliedKeepsItsDateUntilItFallsOnADayOffThenTheNextWorkingDay() {
        // 2026-02-21 is a Saturday in the Spring Festival holiday; Feb 24 is the next working day.
        Materials m = NONE.tolerating(List.of(new ToleratedMaterial("safety-rules", LocalDate.parse("2026-02-21")),
                new ToleratedMaterial("premises-layout", LocalDate.parse("2026-02-13"))));
        DeadlineMoves moves = new DeadlineMoves(new CalendarStamp(2026, 2), AT);

        Materials moved = m.recomputed(Fixtures.calendar2026(), moves);

        assertThat(moved.tolerated()).extracting(ToleratedMaterial::dueBy).containsExactly(
                LocalDate.parse("2026-02-24"), LocalDate.parse("2026-02-13"));
        assertThat(moves.changes()).extracting(DeadlineChange::what, DeadlineChange::applicantFacing)
                .containsExactly(tuple("tolerated safety-rules", true));
        assertThat(moved.outstandingToleranceDates()).containsExactly(LocalDate.parse("2026-02-24"),
                LocalDate.parse("2026-02-13"));
        Materials supplied = moved.withUpload("safety-rules", file("rules"), CaseState.UNDER_REVIEW, AT);
        assertThat(supplied.outstandingToleranceDates()).containsExactly(LocalDate.parse("2026-02-13"));
    }
}
