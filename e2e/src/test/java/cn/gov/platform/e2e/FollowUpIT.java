package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 4, against the running platform: a walk-in applicant's case, filed and accepted at the
 * county window, is followed on the portal's page without logging in (a wrong suffix is named next to the
 * number, the right one shows the state by name) and by SMS: "CX &lt;number&gt;" from the phone the clerk
 * recorded, injected through the SMS stand-in, is answered with the state.
 */
class FollowUpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aWalkInCaseIsFollowedWithoutLoginOnThePageAndBySms() throws Exception {
        String idNumber = idNumber();
        String phone = "1390953" + "%04d".formatted(ThreadLocalRandom.current().nextInt(1, 9999));
        String number = acceptedAtTheWindow(idNumber, phone);
        String suffix = idNumber.substring(12);
        awaitFollowable(number, suffix);

        try (Browser anyone = new Browser()) {
            anyone.open("/follow?number=" + number);
            assertThat(anyone.find("[data-test=follow-number]").getDomProperty("value")).isEqualTo(number);
            anyone.type("[data-test=follow-suffix]", suffix.startsWith("0") ? "11111X" : "01111X");
            anyone.click("[data-test=follow-submit]");
            anyone.visible("[data-test=field-error]");
            assertThat(anyone.find("[data-test=follow-number]").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(anyone.find("[data-test=field-error]").getText()).contains("没有找到");
            anyone.step("follow-up-wrong-suffix");

            anyone.type("[data-test=follow-suffix]", suffix.toLowerCase(java.util.Locale.ROOT));
            anyone.click("[data-test=follow-submit]");
            anyone.visible("[data-test=follow-result]");
            assertThat(anyone.find("[data-test=follow-state]").getText()).isEqualTo("已受理");
            assertThat(anyone.find("[data-test=follow-result]").getText()).contains(number, "同心县市场监督管理局")
                    .doesNotContain(idNumber, phone, "ACCEPTED");
            anyone.step("follow-up-found");

            // In English: the item, the office and the division named from the public catalogue and registry.
            anyone.click("#lang");
            anyone.wait.until(d -> d.findElement(By.cssSelector("[data-test=follow-submit]")).getText().equals("Look up"));
            anyone.type("[data-test=follow-suffix]", suffix);
            anyone.click("[data-test=follow-submit]");
            anyone.visible("[data-test=follow-result]");
            assertThat(anyone.find("[data-test=follow-state]").getText()).isEqualTo("Accepted");
            assertThat(anyone.find("[data-test=follow-result]").getText())
                    .contains(number, "Tongxin County Administration for Market Regulation · Tongxin County")
                    .doesNotContain("同心县", "county-market-regulation");
            anyone.step("follow-up-found-en");
        }

        // The SMS path: the stand-in delivers "CX <number>" from the applicant's phone, signed like its receipts.
        JsonNode injected = stub("POST", "/stub/inbound", "{\"from\":\"" + phone + "\",\"text\":\"cx\u3000" + number + "\"}");
        assertThat(injected.get("status").asInt()).as(injected.toString()).isEqualTo(200);
        assertThat(injected.get("answer").get("outcome").asString()).isEqualTo("QUEUED");
        long until = System.nanoTime() + 120_000_000_000L;
        String reply = null;
        while (reply == null && System.nanoTime() < until) {
            for (JsonNode m : stub("GET", "/stub/messages?to=" + phone, null).get("messages")) {
                if (m.get("text").asString().contains(number) && m.get("text").asString().contains("已受理；")) {
                    reply = m.get("text").asString();
                }
            }
            if (reply == null) {
                Steps.pause(500);
            }
        }
        assertThat(reply).as("the state's reply reached the stand-in within 120 s").isNotNull();
        assertThat(reply).contains("受理 ").doesNotContain(idNumber);
    }

    /** The clerk files for the person present (draft), uploads what they brought, submits and accepts; the number. */
    private static String acceptedAtTheWindow(String idNumber, String phone) throws IOException {
        String clerk = RunningPlatform.login("demo-clerk");
        Api api = RunningPlatform.gateway();
        Api.Reply filed = api.send("POST", "/api/intake/counter/cases", clerk, """
                {"itemCode":"%s","person":{"name":"马小兰","idNumber":"%s","phone":"%s"},
                 "attestation":{"documentType":"RESIDENT_ID_CARD","checkedInPerson":true},"draft":true}"""
                .formatted(Steps.ITEM, idNumber, phone), Map.of("Content-Type", "application/json",
                "Idempotency-Key", "e2e-follow-" + UUID.randomUUID()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        byte[] pdf = Files.readAllBytes(Steps.pdf());
        for (String material : List.of("id-card", "application-form", "premises-proof", "photo")) {
            Api.Reply up = api.uploadFile("PUT", "/api/intake/cases/" + id + "/materials/" + material, clerk,
                    material + ".pdf", "application/pdf", pdf);
            assertThat(up.status()).as(up.body()).isEqualTo(200);
        }
        Api.Reply submitted = api.post("/api/intake/cases/" + id + "/submit", clerk, "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply accepted = api.post("/api/intake/cases/" + id + "/accept", clerk, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return accepted.json().get("number").asString();
    }

    /** The suffix is sealed by intake's consumer group shortly after the acceptance event. */
    private static void awaitFollowable(String number, String suffix) {
        long until = System.nanoTime() + 30_000_000_000L;
        Api.Reply last = null;
        while (System.nanoTime() < until) {
            last = RunningPlatform.gateway().post("/api/intake/follow-up/lookups", null,
                    "{\"number\":\"" + number + "\",\"idSuffix\":\"" + suffix + "\"}");
            if (last.status() == 200) {
                return;
            }
            Steps.pause(1_000);
        }
        throw new AssertionError("the case never became followable: " + (last == null ? "" : last.body()));
    }

    /** The SMS stand-in of provider A: its port follows the gateway's by the platform's offset. */
    private static JsonNode stub(String method, String path, String body) {
        int offset = URI.create(RunningPlatform.GATEWAY).getPort() - 8080;
        URI uri = URI.create("http://127.0.0.1:" + (8095 + offset) + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid resident ID number of Tongxin county not used before (a new person record each run). */
    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String seventeen = "6403241986" + "%02d%02d".formatted(random.nextInt(1, 13), random.nextInt(1, 29))
                + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }
}
