package cn.gov.platform.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16: every operation of the five published documents, sent hostile input as a citizen and
 * as an administrator through the gateway: path parameters that climb directories, inject query
 * operators or run long, query parameters of the wrong type, bodies that are not JSON, of the wrong
 * shape, or with every property of the wrong type. Nothing of it is valid, so nothing is stored;
 * every answer must be a 4xx problem+json with a code (or a 503 problem saying what is
 * unavailable), never another 5xx, an HTML page, or a stack trace. Prints the counts.
 */
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%7B%22%24ne%22%3A1%7D", "%27%3B%20DROP%20TABLE%20cases%3B--",
            "x".repeat(2_000), "%E6%B5%8B%E8%AF%95%00", "-1");
    private static final List<String> HOSTILE_QUERY = List.of("%7B%22%24ne%22%3A1%7D", "abc", "99999999999999999999");

    private final Api gateway = RunningPlatform.gateway();

    record Probe(String method, String path, @Nullable String body, @Nullable String contentType) {
    }

    record Break(String caller, Probe probe, int status, String contentType, String body) {

        @Override
        public String toString() {
            return "%s %s %s as %s -> %d %s %s".formatted(probe.method(), probe.path().length() > 160
                    ? probe.path().substring(0, 160) + "…" : probe.path(), probe.body() == null ? ""
                    : "body " + (probe.body().length() > 80 ? probe.body().substring(0, 80) + "…" : probe.body()),
                    caller, status, contentType, body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    @Test
    void everyOperationAnswersHostileInputWithAProblemNeverA5xxAnHtmlPageOrAStackTrace() throws InterruptedException {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("citizen", RunningPlatform.login("demo-citizen2"));
        callers.put("admin", RunningPlatform.login("demo-admin"));
        List<Probe> probes = new ArrayList<>();
        for (String service : PublishedDocuments.SERVICES) {
            probes.addAll(probesOf(JSON.readTree(PublishedDocuments.text(service))));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Break> breaks = new ArrayList<>();
        int sent = 0;
        for (Probe probe : probes) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                Api.Reply reply = send(probe, caller.getValue());
                sent++;
                statuses.merge(reply.status(), 1, Integer::sum);
                if (isBreak(reply)) {
                    breaks.add(new Break(caller.getKey(), probe, reply.status(), reply.contentType(), reply.body()));
                }
            }
        }
        System.out.printf("Hostile input: %d requests (%d probes × %d callers), answers by status %s, %d breaks%n",
                sent, probes.size(), callers.size(), statuses, breaks.size());
        breaks.forEach(b -> System.out.println("  break: " + b));
        assertThat(probes.size()).as("probes made from the documents").isGreaterThan(300);
        assertThat(breaks).as("answers that are not a problem (or are a 5xx, an HTML page, a stack trace)")
                .isEmpty();
    }

    /** Sends one probe; a 429 of the gateway's rate limit is waited out and the probe sent again. */
    private Api.Reply send(Probe probe, String token) throws InterruptedException {
        Map<String, String> headers = probe.contentType() == null ? Map.of() : Map.of("Content-Type", probe.contentType());
        Api.Reply reply = gateway.send(probe.method(), probe.path(), token, probe.body(), headers);
        for (int attempt = 0; reply.status() == 429 && attempt < 20; attempt++) {
            Thread.sleep(1_000);
            reply = gateway.send(probe.method(), probe.path(), token, probe.body(), headers);
        }
        return reply;
    }

    static boolean isBreak(Api.Reply reply) {
        String body = reply.body() == null ? "" : reply.body();
        if (body.contains("<html") || body.contains("<HTML") || body.contains("Exception") || body.contains("\tat ")) {
            return true;
        }
        if (reply.status() >= 200 && reply.status() < 300) {
            return false; // a read that ignores a bad filter, or an empty list: not a break
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return true;
        }
        String code;
        try {
            code = JSON.readTree(body).path("code").asString("");
        } catch (RuntimeException e) {
            return true; // says it is a problem, is not JSON
        }
        if (code.isEmpty()) {
            return true;
        }
        return reply.status() >= 500 && !(reply.status() == 503 && code.endsWith("UNAVAILABLE"));
    }

    /** The hostile requests for every operation of one document. */
    static List<Probe> probesOf(JsonNode document) {
        List<Probe> probes = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                probes.addAll(probesOf(method, path.getKey(), operation.getValue(), schemas));
            }
        }
        return probes;
    }

    private static List<Probe> probesOf(String method, String template, JsonNode operation, JsonNode schemas) {
        List<Probe> probes = new ArrayList<>();
        List<String> pathParameters = new ArrayList<>();
        List<JsonNode> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asString(""))) {
                pathParameters.add(parameter.path("name").asString());
            } else if ("query".equals(parameter.path("in").asString(""))) {
                queryParameters.add(parameter);
            }
        }
        String ordinary = fill(template, pathParameters, "probe-0001");
        String jsonContent = contentType(operation);
        // Hostile path segments, one parameter at a time (the others ordinary).
        for (String name : pathParameters) {
            for (String segment : HOSTILE_SEGMENTS) {
                String path = template;
                for (String other : pathParameters) {
                    path = path.replace("{" + other + "}", other.equals(name) ? segment : "probe-0001");
                }
                probes.add(new Probe(method, path, jsonContent == null ? null : "{", jsonContent));
            }
        }
        // Query parameters of the wrong type.
        if (!queryParameters.isEmpty()) {
            for (String value : HOSTILE_QUERY) {
                String query = queryParameters.stream().map(p -> p.path("name").asString() + "=" + value)
                        .collect(Collectors.joining("&"));
                probes.add(new Probe(method, ordinary + "?" + query, jsonContent == null ? null : "{", jsonContent));
            }
        }
        // Bodies that are not what the operation takes.
        if (jsonContent != null) {
            if (jsonContent.startsWith("application/json")) {
                for (String body : List.of("{", "[]", "\"text\"", "42", "{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}")) {
                    probes.add(new Probe(method, ordinary, body, "application/json"));
                }
                String wrong = wrongTypes(operation, schemas);
                if (wrong != null) {
                    probes.add(new Probe(method, ordinary, wrong, "application/json"));
                }
                probes.add(new Probe(method, ordinary, "<a>not json</a>", "application/xml"));
            } else {
                // An upload that is not multipart at all, and one without its boundary.
                probes.add(new Probe(method, ordinary, "{\"file\":\"x\"}", "application/json"));
                probes.add(new Probe(method, ordinary, "--x\r\n\r\n", "multipart/form-data"));
            }
        }
        return probes;
    }

    private static String fill(String template, List<String> names, String value) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /** The request body's content type, if the operation takes one. */
    private static @Nullable String contentType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        return content.has("application/json") ? "application/json" : content.propertyNames().iterator().next();
    }

    /** A JSON object whose every property has a type its schema refuses. */
    private static @Nullable String wrongTypes(JsonNode operation, JsonNode schemas) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            return null;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String type = property.getValue().path("type").asString("");
            switch (type) {
                case "string" -> body.putObject(property.getKey()).put("$ne", 1);
                case "integer", "number" -> body.put(property.getKey(), "not-a-number");
                case "boolean" -> body.put(property.getKey(), "perhaps");
                case "array" -> body.put(property.getKey(), "not-a-list");
                default -> body.put(property.getKey(), 12345);
            }
        }
        return body.toString();
    }
}
