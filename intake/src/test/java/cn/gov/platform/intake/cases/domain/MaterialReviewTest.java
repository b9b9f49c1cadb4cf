package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading materials back (issue 17, point 1): which material has a file, and what an opening records. */
class MaterialReviewTest {

    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);

    private static StoredFile file(String name) {
        return new StoredFile("f-" + name, name + ".pdf", "application/pdf", 2048, "cd".repeat(32));
    }

    private static Case draft() {
        return Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"),
                new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT), AT);
    }

    @Test
    void anUploadedMaterialIsFoundWithItsFileTypeSizeAndChecksum() {
        Case c = draft();
        c.attachUpload("premises-layout", file("layout"), AT);

        MaterialEntry entry = c.snapshot().materials().uploadOf("premises-layout");

        assertThat(entry.fileId()).isEqualTo("f-layout");
        assertThat(entry.contentType()).isEqualTo("application/pdf");
        assertThat(entry.size()).isEqualTo(2048);
        assertThat(entry.sha256()).isEqualTo("cd".repeat(32));
    }

    @Test
    void aMaterialNotHandedInOrNamedByACertificateHasNoFileToOpen() {
        Case c = draft();
        c.attachCertificate("business-licence", "BL-1", ReferenceResolution.VALID, AT);

        assertThatThrownBy(() -> c.snapshot().materials().uploadOf("premises-layout"))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("MATERIAL_FILE_NOT_FOUND");
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.NOT_FOUND);
                });
        assertThatThrownBy(() -> c.snapshot().materials().uploadOf("business-licence"))
                .hasMessageContaining("MATERIAL_FILE_NOT_FOUND");
        assertThatThrownBy(() -> c.snapshot().materials().uploadOf("no-such-material"))
                .hasMessageContaining("MATERIAL_FILE_NOT_FOUND");
    }

    @Test
    void anOpeningRecordsWhoInWhichCapacityForWhichDepartmentByItsNameAndWhen() {
        Case c = draft();
        c.attachUpload("premises-layout", file("layout"), AT);
        MaterialEntry entry = c.snapshot().materials().uploadOf("premises-layout");

        MaterialOpening o = MaterialOpening.of(c.snapshot(), entry, CLERK, "640324000000", "county-market-regulation",
                AT.plusSeconds(60));

        assertThat(o.caseId()).isEqualTo(c.id().value());
        assertThat(o.materialCode()).isEqualTo("premises-layout");
        assertThat(o.fileName()).isEqualTo("layout.pdf");
        assertThat(o.sha256()).isEqualTo("cd".repeat(32));
        assertThat(o.openedByName()).isEqualTo("demo-clerk");
        assertThat(o.role()).isEqualTo(ActorRole.HANDLER);
        assertThat(o.departmentName()).isEqualTo("同心县市场监督管理局");
        assertThat(o.at()).isEqualTo(AT.plusSeconds(60));
    }
}
