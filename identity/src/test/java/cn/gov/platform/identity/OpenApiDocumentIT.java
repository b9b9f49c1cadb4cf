package cn.gov.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;

import org.junit.jupiter.api.Test;

/** Issue 15, point 6: identity's published document is a contract: no internal endpoint, problems declared. */
class OpenApiDocumentIT extends IdentityServiceIT {

    @Test
    void theDocumentIsAPublicContractWithoutInternalEndpoints() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "identity").assertIsAPublicContract();

        assertThat(document.root().path("paths").propertyNames()).isNotEmpty()
                .noneMatch(path -> path.startsWith("/api/identity/internal/"));
        assertThat(document.root().toString()).doesNotContain("/api/identity/internal/persons");
    }
}
