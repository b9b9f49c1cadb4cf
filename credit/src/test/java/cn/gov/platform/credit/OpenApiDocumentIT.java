package cn.gov.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;

import org.junit.jupiter.api.Test;

/** Issue 15, point 6: credit's published document is a contract: no internal endpoint, problems declared. */
class OpenApiDocumentIT extends CreditIT {

    @Test
    void theDocumentIsAPublicContractWithoutInternalEndpoints() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "credit").assertIsAPublicContract();

        assertThat(document.root().path("paths").propertyNames()).isNotEmpty()
                .noneMatch(path -> path.startsWith("/api/credit/internal/"));
        assertThat(document.root().toString()).doesNotContain("/api/credit/internal/checks");
    }
}
