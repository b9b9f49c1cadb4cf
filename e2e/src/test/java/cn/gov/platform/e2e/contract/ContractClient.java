package cn.gov.platform.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A client of the platform, through the gateway, that holds the published documents to their word:
 * every request it sends and every answer it gets is validated against the document of the service
 * that serves the path (openapi-request-validator); {@link #assertEveryExchangeKeptToTheDocuments()} fails
 * the test with every mismatch met on the way. A
 * document that describes a body, a status or a content type other than the one on the wire fails.
 */
final class ContractClient {

    private final Api gateway = RunningPlatform.gateway();
    private final List<String> exchanges = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();

    Api.Reply get(String pathAndQuery, @Nullable String token) {
        return exchange("GET", pathAndQuery, token, null, Map.of());
    }

    /** A POST of an operation that takes no body (submit, resubmit). */
    Api.Reply post(String path, String token) {
        return exchange("POST", path, token, null, Map.of());
    }

    Api.Reply post(String path, String token, String json) {
        return exchange("POST", path, token, json, Map.of("Content-Type", "application/json"));
    }

    Api.Reply post(String path, String token, String json, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return exchange("POST", path, token, json, all);
    }

    /** A material's file, as the portal uploads it (multipart/form-data, part {@code file}). */
    Api.Reply upload(String path, String token, String fileName, String contentType, byte[] content) {
        Api.Reply reply = gateway.uploadFile("PUT", path, token, fileName, contentType, content);
        // The validator does not read multipart parts: it checks the operation, its media type and the answer.
        Request request = request("PUT", path, token, null, Map.of("Content-Type", "multipart/form-data; boundary=part"))
                .withBody("--part\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n...\r\n--part--\r\n")
                .build();
        validate("PUT " + path, request, reply);
        return reply;
    }

    /** The operations this client went through, each validated. */
    List<String> exchanges() {
        return List.copyOf(exchanges);
    }

    private Api.Reply exchange(String method, String pathAndQuery, @Nullable String token, @Nullable String body,
            Map<String, String> headers) {
        Api.Reply reply = gateway.send(method, pathAndQuery, token, body, headers);
        SimpleRequest.Builder request = request(method, pathAndQuery, token, body, headers);
        validate(method + " " + pathAndQuery, request.build(), reply);
        return reply;
    }

    private static SimpleRequest.Builder request(String method, String pathAndQuery, @Nullable String token,
            @Nullable String body, Map<String, String> headers) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        if (pathAndQuery.contains("?")) {
            for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        headers.forEach(request::withHeader);
        if (token != null) {
            request.withAuthorization("Bearer " + token);
        }
        if (body != null) {
            request.withBody(body);
        }
        return request;
    }

    private void validate(String what, Request request, Api.Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (reply.contentType() != null && !reply.contentType().isBlank()) {
            response.withContentType(reply.contentType());
        }
        if (reply.body() != null && !reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = PublishedDocuments.validatorFor(request.getPath()).validate(request, response.build());
        List<String> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + " " + m.getContext().map(Object::toString).orElse(""))
                .toList();
        exchanges.add(what + " -> " + reply.status());
        if (!errors.isEmpty()) {
            faults.add(what + " answered " + reply.status() + " "
                    + (reply.body().length() > 400 ? reply.body().substring(0, 400) + "..." : reply.body())
                    + "\n    " + String.join("\n    ", errors));
        }
    }

    /** Every exchange so far agreed with the published documents. */
    void assertEveryExchangeKeptToTheDocuments() {
        assertThat(faults).as("exchanges that differ from the published documents (of %s: %s)", exchanges.size(),
                exchanges).isEmpty();
    }
}
