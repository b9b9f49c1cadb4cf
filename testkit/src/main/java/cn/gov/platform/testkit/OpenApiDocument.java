package cn.gov.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A service's published OpenAPI document as its integration tests see it: fetched from the running
 * service, written to {@code target/openapi/<service>.json} (for a look or a linter), and checked as a
 * contract: no internal or development path, every reference resolves, every operation declares its
 * problem+json answers and a summary.
 */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"");

    private final String service;
    private final String text;
    private final JsonNode root;

    private OpenApiDocument(String service, String text, JsonNode root) {
        this.service = service;
        this.text = text;
        this.root = root;
    }

    /** Fetches the document anonymously (it is public) and keeps a copy under target/openapi. */
    public static OpenApiDocument fetch(Api api, String service) {
        Api.Reply reply = api.get("/api/" + service + "/v3/api-docs", null);
        assertThat(reply.status()).as("the OpenAPI document of " + service + ": " + reply.body()).isEqualTo(200);
        try {
            Path dir = Path.of("target", "openapi");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(service + ".json"), reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpenApiDocument(service, reply.body(), reply.json());
    }

    public JsonNode root() {
        return root;
    }

    /** The component schema of that name. */
    public JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema " + name + " in the document of " + service).isFalse();
        return schema;
    }

    /** The schema name a request body of the operation refers to (application/json). */
    public String requestSchema(String method, String path) {
        JsonNode ref = root.path("paths").path(path).path(method).path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref");
        assertThat(ref.isMissingNode()).as("the JSON request body of " + method + " " + path).isFalse();
        return ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
    }

    /** The property names of a component schema. */
    public Set<String> properties(String schemaName) {
        Set<String> names = new TreeSet<>();
        schema(schemaName).path("properties").propertyNames().forEach(names::add);
        return names;
    }

    public Set<String> required(String schemaName) {
        Set<String> names = new TreeSet<>();
        schema(schemaName).path("required").forEach(n -> names.add(n.asString()));
        return names;
    }

    /** The checks every public document passes. */
    public OpenApiDocument assertIsAPublicContract() {
        List<String> faults = new ArrayList<>();
        root.path("paths").properties().forEach(path -> {
            if (path.getKey().matches("/api/[^/]+/(internal|bench)(/.*)?")) {
                faults.add(path.getKey() + " is internal or for development only");
            }
            path.getValue().properties().forEach(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                JsonNode responses = op.getValue().path("responses");
                if (op.getValue().path("summary").asString("").isBlank()) {
                    faults.add(name + " has no summary");
                }
                for (String status : List.of("503")) {
                    if (!responses.path(status).path("content").has("application/problem+json")) {
                        faults.add(name + " declares no problem+json " + status);
                    }
                }
                if (path.getKey().contains("{") && !responses.has("404")) {
                    faults.add(name + " names an object but declares no 404");
                }
                boolean success = false;
                for (String status : responses.propertyNames()) {
                    success |= status.startsWith("2");
                }
                if (!success) {
                    faults.add(name + " declares no success answer");
                }
            });
        });
        JsonNode schemas = root.path("components").path("schemas");
        assertThat(schemas.has("Problem")).as("the Problem schema").isTrue();
        Matcher refs = REF.matcher(text);
        while (refs.find()) {
            if (!schemas.has(refs.group(1))) {
                faults.add("reference to a missing schema " + refs.group(1));
            }
        }
        assertThat(faults).as("the OpenAPI document of " + service).isEmpty();
        return this;
    }
}
