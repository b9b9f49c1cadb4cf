package cn.gov.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.OpenApiDocument;

import org.junit.jupiter.api.Test;

/** Issue 15, point 6: notifications's published document is a contract: no internal endpoint, problems declared. */
class OpenApiDocumentIT extends NotificationsIT {

    @Test
    void theDocumentIsAPublicContractWithoutInternalEndpoints() {
        OpenApiDocument document = OpenApiDocument.fetch(api(), "notifications").assertIsAPublicContract();

        assertThat(document.root().path("paths").propertyNames()).isNotEmpty()
                .noneMatch(path -> path.startsWith("/api/notifications/internal/"));
        assertThat(document.root().toString()).doesNotContain("/api/notifications/internal");
    }
}
