package cn.gov.platform.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five OpenAPI documents as the running platform publishes them (through the gateway, anonymously),
 * fetched once, kept under {@code target/openapi/} for the linter, and turned into validators.
 */
final class PublishedDocuments {

    static final List<String> SERVICES = List.of("identity", "intake", "certificates", "credit", "notifications");
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new LinkedHashMap<>();

    private PublishedDocuments() {
    }

    /** Every document, service by service, written to {@code dir}. */
    static synchronized Map<String, Path> writeTo(Path dir) {
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            for (String service : SERVICES) {
                Path file = dir.resolve(service + ".json");
                Files.writeString(file, text(service));
                files.put(service, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static synchronized String text(String service) {
        return TEXTS.computeIfAbsent(service, s -> {
            // A service builds its document on the first request (seconds on a busy machine), which the
            // gateway may cut short with a 503: asked again, it answers from what it built.
            Api.Reply doc = RunningPlatform.gateway().get("/api/" + s + "/v3/api-docs", null);
            for (int attempt = 1; doc.status() == 503 && attempt < 10; attempt++) {
                pause();
                doc = RunningPlatform.gateway().get("/api/" + s + "/v3/api-docs", null);
            }
            assertThat(doc.status()).as("the OpenAPI document of " + s + ": " + doc.body()).isEqualTo(200);
            return doc.body();
        });
    }

    /** A validator of requests and responses against the document of the service that serves {@code path}. */
    static synchronized OpenApiInteractionValidator validatorFor(String path) {
        String service = path.replaceFirst("^/api/([^/?]+).*$", "$1");
        assertThat(SERVICES).as("the service of " + path).contains(service);
        return VALIDATORS.computeIfAbsent(service,
                s -> OpenApiInteractionValidator.createForInlineApiSpecification(text(s)).build());
    }

    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
