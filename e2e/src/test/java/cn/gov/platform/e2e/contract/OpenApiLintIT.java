package cn.gov.platform.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, point 6: the five documents the running platform publishes pass a standard OpenAPI linter,
 * Redocly CLI (npm {@code @redocly/cli}, the version e2e/package-lock.json pins, installed by
 * {@code ./platform} with npm ci) with its recommended rules (e2e/redocly.yaml), without an error. Its
 * warnings are printed and kept in target/openapi/lint.json.
 */
class OpenApiLintIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFivePublishedDocumentsPassRedoclysRecommendedRulesWithoutAnError() throws Exception {
        Path e2e = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize().resolve("e2e");
        Path redocly = e2e.resolve("node_modules/.bin/redocly");
        assertThat(redocly).as("Redocly CLI (./platform installs it: npm ci in e2e)").isExecutable();
        Map<String, Path> documents = PublishedDocuments.writeTo(e2e.resolve("target/openapi"));
        Path report = e2e.resolve("target/openapi/lint.json");

        List<String> command = new ArrayList<>(List.of(redocly.toString(), "lint", "--config",
                e2e.resolve("redocly.yaml").toString(), "--format=json"));
        documents.values().forEach(file -> command.add(file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(e2e.toFile())
                .redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

        // One report per document, one after the other.
        List<JsonNode> results = JSON.readerFor(JsonNode.class)
                .<JsonNode>readValues(Files.readString(report, StandardCharsets.UTF_8)).readAll();
        assertThat(results).as("Redocly's reports in " + report).hasSize(documents.size());
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int totalErrors = 0;
        for (JsonNode result : results) {
            totalErrors += result.path("totals").path("errors").asInt(-1);
            for (JsonNode problem : result.path("problems")) {
                JsonNode where = problem.path("location").path(0);
                String line = problem.path("ruleId").asString() + " " + where.path("source").path("ref").asString()
                        .replaceFirst(".*/", "") + where.path("pointer").asString() + ": "
                        + problem.path("message").asString();
                ("error".equals(problem.path("severity").asString()) ? errors : warnings).add(line);
            }
        }
        System.out.println("Redocly CLI " + results.get(0).path("version").asString() + ": " + errors.size()
                + " errors, " + warnings.size() + " warnings");
        warnings.forEach(w -> System.out.println("  warning " + w));

        assertThat(errors).as("Redocly CLI errors in the published documents").isEmpty();
        assertThat(totalErrors).as("the error totals of Redocly's reports").isZero();
    }
}
