package cn.gov.platform.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;
import cn.gov.platform.testkit.ServiceIT;
import org.junit.jupiter.api.Test;

/** Issue 15, point 6: certificates's published document is a contract: no internal endpoint, problems declared. */
class OpenApiDocumentIT extends ServiceIT {

    @Test
    void theDocumentIsAPublicContractWithoutInternalEndpoints() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "certificates").assertIsAPublicContract();

        assertThat(document.root().path("paths").propertyNames()).isNotEmpty()
                .noneMatch(path -> path.startsWith("/api/certificates/internal/"));
        assertThat(document.root().toString()).doesNotContain("/api/certificates/internal/certificates");
    }
}
