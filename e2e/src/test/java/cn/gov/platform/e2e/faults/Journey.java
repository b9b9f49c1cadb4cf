package cn.gov.platform.e2e.faults;

import cn.gov.platform.e2e.RunningPlatform;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case from filing to certificate, as the people at the window do it through the gateway: the
 * village agent files SCJG-001 (个体工商户设立登记) for demo-citizen and uploads the materials, the
 * county clerk accepts and enters the licence's data, clerk, reviewer and approver approve, and the
 * registry issues the licence from intake's event. Each step is retried as a client is told to (503,
 * 429 or a 409 with Retry-After, or no answer) with the same Idempotency-Key; a conflict on a retry means
 * the earlier attempt took effect, which the suite's final checks confirm from the stored case.
 */
final class Journey {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] UPLOADS = {"application-form", "premises-proof", "photo"};

    /** What a finished journey left: the case, its number and the licence it produced. */
    record Finished(String caseId, String caseNumber, String certificateNumber) {
    }

    private final Calls calls;
    private final Tokens tokens;
    private final long deadlineNanos;

    Journey(Calls calls, Tokens tokens, long deadlineNanos) {
        this.calls = calls;
        this.tokens = tokens;
        this.deadlineNanos = deadlineNanos;
    }

    Finished run() {
        String filing = """
                {"itemCode":"SCJG-001","division":"640324000000","principalSubject":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-FAULTS"}]}"""
                .formatted(tokens.subject("demo-citizen"));
        String id = step("file", () -> post("demo-agent", "/api/intake/cases", filing)).json().get("id").asString();
        for (String material : UPLOADS) {
            step("upload " + material, () -> upload("demo-agent", id, material));
        }
        step("submit", () -> post("demo-agent", "/api/intake/cases/" + id + "/submit", "{}"));
        step("accept", () -> post("demo-clerk", "/api/intake/cases/" + id + "/accept", "{}"));
        step("licence data", () -> json("PUT", "demo-clerk", "/api/intake/cases/" + id + "/certificate/data", """
                {"fields":{"name":"同心县故障演练小吃店","form":"个人经营","premises":"同心县豫海镇长征路 8 号",
                           "businessScope":"餐饮服务"}}"""));
        for (String staff : new String[] {"demo-clerk", "demo-reviewer", "demo-approver"}) {
            step("opinion of " + staff, () -> post(staff, "/api/intake/cases/" + id + "/opinions",
                    "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全，准予登记\"}"));
        }
        String number = step("read the case", () -> get("demo-citizen", "/api/intake/cases/" + id)).json()
                .path("number").asString("");
        while (true) {
            JsonNode issuance = step("await the licence", () -> get("demo-citizen", "/api/intake/cases/" + id + "/certificate"))
                    .json();
            if ("ISSUED".equals(issuance.path("state").asString(""))) {
                return new Finished(id, number, issuance.get("certificateNumber").asString());
            }
            pauseOrGiveUp("the licence of case " + id + " issued (last seen " + issuance + ")", 1000);
        }
    }

    /**
     * Sends until the answer is a success; a conflict or refusal after an earlier unanswered or
     * refused attempt is taken as that attempt's effect. Anything else stops the journey.
     */
    private Calls.Answer step(String name, Supplier<Calls.Answer> call) {
        boolean retried = false;
        while (true) {
            Calls.Answer answer = call.get();
            if (answer.ok()) {
                return answer;
            }
            if (answer.status() == 401) {
                tokens.forget();
            } else if (answer.retry()) {
                // told to try again: the service or a check it waits for is not there yet
            } else if (retried && (answer.status() == 409 || answer.status() == 422)) {
                return answer;
            } else {
                throw new AssertionError("step '" + name + "' answered " + answer.status() + ": " + answer.body());
            }
            retried = true;
            long hintMillis = answer.retryAfter() == null ? 500 : Long.parseLong(answer.retryAfter()) * 1000;
            pauseOrGiveUp("step '" + name + "' to succeed", Math.min(hintMillis, 2000));
        }
    }

    private void pauseOrGiveUp(String what, long millis) {
        if (System.nanoTime() > deadlineNanos) {
            throw new AssertionError("gave up waiting for " + what);
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Calls.Answer get(String user, String path) {
        return calls.send("GET", path, tokens.of(user), Map.of(), HttpRequest.BodyPublishers.noBody());
    }

    /** One Idempotency-Key per step, kept across its retries. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private Calls.Answer post(String user, String path, String body) {
        return json("POST", user, path, body);
    }

    private Calls.Answer json(String method, String user, String path, String body) {
        String key = keys.computeIfAbsent(method + path + user, k -> "faults-" + UUID.randomUUID());
        return calls.send(method, path, tokens.of(user), Map.of("Content-Type", "application/json", "Idempotency-Key", key),
                HttpRequest.BodyPublishers.ofString(body));
    }

    private Calls.Answer upload(String user, String id, String material) {
        String boundary = "----faults" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + material
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] pdf = new byte[4096];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return calls.send("PUT", "/api/intake/cases/" + id + "/materials/" + material, tokens.of(user),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Keycloak tokens of the demo users, logged in again when the platform refuses one. */
    static final class Tokens {

        private final Map<String, String> tokens = new ConcurrentHashMap<>();

        String of(String user) {
            return tokens.computeIfAbsent(user, RunningPlatform::login);
        }

        String subject(String user) {
            return JSON.readTree(Base64.getUrlDecoder().decode(of(user).split("\\.")[1])).get("sub").asString();
        }

        void forget() {
            tokens.clear();
        }
    }
}
