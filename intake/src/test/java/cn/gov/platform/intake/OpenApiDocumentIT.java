package cn.gov.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** Issue 15, point 6: intake's published document describes the bodies intake really takes and gives. */
class OpenApiDocumentIT extends IntakeIT {

    @Test
    void theDocumentIsAPublicContractWithoutInternalEndpoints() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "intake").assertIsAPublicContract();

        assertThat(document.root().path("paths").has("/api/intake/internal/calendar/years")).isFalse();
        assertThat(document.root().path("paths").has("/api/intake/cases")).isTrue();
    }

    @Test
    void filingACaseIsDocumentedWithTheFilingBodyNotTheComplaintsBody() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "intake");

        String filing = document.requestSchema("post", "/api/intake/cases");
        String complaint = document.requestSchema("post", "/api/intake/complaints");

        assertThat(filing).isNotEqualTo(complaint);
        assertThat(document.properties(filing))
                .containsExactlyInAnyOrder("itemCode", "division", "department", "principalSubject", "certificates",
                        "draft");
        assertThat(document.required(filing)).containsExactlyInAnyOrder("itemCode", "division");
        assertThat(document.properties(complaint)).contains("text").doesNotContain("itemCode");
    }

    @Test
    void aCaseAnswerRequiresWhatIsNeverNullAndDatesAreDates() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "intake");

        assertThat(document.required("CaseView")).contains("id", "itemCode", "state", "materials", "createdAt")
                .doesNotContain("number", "decision", "submittedAt");
        assertThat(document.schema("CaseView").path("properties").path("createdAt").path("format").asString())
                .isEqualTo("date-time");
    }
}
