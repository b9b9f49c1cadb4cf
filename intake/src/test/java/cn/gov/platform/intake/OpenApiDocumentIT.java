package cn.gov.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

    @Test
    void documentsArePdfsAndTheirVerificationIsPublic() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "intake").assertIsAPublicContract();

        JsonNode pdf = document.root().path("paths").path("/api/intake/cases/{id}/documents/{kind}").path("get");
        assertThat(pdf.path("responses").path("200").path("content").has("application/pdf")).isTrue();
        assertThat(pdf.path("security").toString()).contains("bearer");
        JsonNode verification = document.root().path("paths")
                .path("/api/intake/public/documents/{number}/verification").path("get");
        assertThat(verification.isMissingNode()).as("the public verification in the document").isFalse();
        assertThat(verification.path("security").toString()).as("no token needed").doesNotContain("bearer");
        assertThat(verification.path("responses").has("404")).isTrue();
        assertThat(verification.path("responses").has("400")).isTrue();
        String answer = verification.path("responses").path("200").path("content").path("application/json")
                .path("schema").path("$ref").asString();
        String schema = answer.substring(answer.lastIndexOf('/') + 1);
        assertThat(document.required(schema)).containsExactlyInAnyOrder("number", "genuine");
        assertThat(document.properties(schema)).contains("kind", "title", "caseReference", "issuedAt");
    }
}
