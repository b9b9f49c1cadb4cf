package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4's "done when" against the running platform: real Keycloak tokens, the gateway, the
 * identity service's staff and mandate checks, intake's store and Redis.
 */
class IntakeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Api gateway = RunningPlatform.gateway();

    @Test
    void aCitizenIsToldEverythingMissingOnceSupplementsIsAcceptedAndTheChainDecidesOnTheWorkingDayCalendar() {
        String citizen = RunningPlatform.login("demo-citizen");
        String clerk = RunningPlatform.login("demo-clerk");

        Api.Reply found = gateway.get("/api/intake/catalogue/items?q=%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5", null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("SCJG-002");

        // A business licence the registry does not know is refused at filing (CAT-3), naming the material.
        Api.Reply unknown = file(citizen, """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-E2E"}]}""");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("CERTIFICATE_UNKNOWN");
        assertThat(unknown.json().get("field").asString()).isEqualTo("materials.business-licence");

        Api.Reply drafted = file(citizen, """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}""");
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(upload(citizen, id, "business-licence", pdf()).status()).isEqualTo(200);
        assertThat(upload(citizen, id, "premises-layout", pdf()).status()).isEqualTo(200);
        assertThat(act(citizen, id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply notice = act(clerk, id, "supplement-request", "{\"note\":\"请一次性补齐\"}");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.json().get("notices").get(0).get("defects").findValuesAsString("materialCode"))
                .containsExactlyInAnyOrder("safety-rules", "equipment-list");

        upload(citizen, id, "safety-rules", pdf());
        upload(citizen, id, "equipment-list", pdf());
        assertThat(act(citizen, id, "resubmit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply accepted = act(clerk, id, "accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("number").asString()).matches("640324-\\d{4}-\\d{7}");
        JsonNode deadline = accepted.json().get("deadline");
        Api.Reply expected = gateway.get("/api/intake/calendar/working-days-after?date="
                + deadline.get("acceptedOn").asString() + "&days=10", null);
        // The expectation comes from the platform's calendar, never from today's date: any day of any
        // year gives an answer (official where published, else provisional).
        assertThat(expected.status()).isEqualTo(200);
        assertThat(deadline.get("promisedDue").asString()).isEqualTo(expected.json().get("result").asString());

        act(clerk, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全，符合条件\"}");
        act(RunningPlatform.login("demo-reviewer"), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}");
        Api.Reply approved = act(RunningPlatform.login("demo-approver"), id, "opinions",
                "{\"verdict\":\"APPROVE\",\"reasons\":\"准予许可\"}");
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decision").get("approver").asString()).isEqualTo("demo-approver");
        assertThat(approved.json().get("decision").get("reviewer").asString()).isEqualTo("demo-reviewer");
        assertThat(approved.json().get("decision").get("handler").asString()).isEqualTo("demo-clerk");

        // Staff of another township and another citizen learn nothing.
        assertThat(gateway.get("/api/intake/cases/" + id, RunningPlatform.login("demo-township-clerk")).status())
                .isEqualTo(404);
        assertThat(gateway.get("/api/intake/cases/" + id, RunningPlatform.login("demo-citizen2")).status())
                .isEqualTo(404);
        assertThat(gateway.get("/api/intake/cases", citizen).body()).contains(id);
    }

    @Test
    void anAgentFilesForAVillagerWithTheirConsentAndIsRefusedWithoutIt() {
        String villager = RunningPlatform.login("demo-citizen2");
        String agent = RunningPlatform.login("demo-agent");
        Api.Reply granted = gateway.post("/api/identity/mandates", villager, """
                {"agent":"%s","items":["MZ-002"],"validUntil":"%s"}"""
                .formatted(subject(agent), Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(granted.status()).isEqualTo(201);

        Api.Reply filed = file(agent, """
                {"itemCode":"MZ-002","division":"640324100201","principalSubject":"%s",
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-E2E"},
                                 {"materialCode":"household-register","certificateNumber":"HR-E2E"}]}"""
                .formatted(subject(villager)));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().get("filedByAgent").asBoolean()).isTrue();
        assertThat(gateway.get("/api/intake/cases", villager).body()).contains(filed.json().get("id").asString());

        Api.Reply refused = file(agent, """
                {"itemCode":"RS-001","division":"640324100201","principalSubject":"%s"}""".formatted(subject(villager)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("MANDATE_REQUIRED");
    }

    @Test
    void anApprovalIssuesTheCertificateAutomaticallyIntoTheVillagersWalletAndItVerifies() {
        // Issue 5's "done when": the agent files an individual business registration for the villager
        // (the demo mandate covers SCJG-001), the county market regulator decides, and the registry issues.
        String villager = RunningPlatform.login("demo-citizen");
        String agent = RunningPlatform.login("demo-agent");
        String clerk = RunningPlatform.login("demo-clerk");
        Api.Reply filed = file(agent, """
                {"itemCode":"SCJG-001","division":"640324000000","principalSubject":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}"""
                .formatted(subject(villager)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(upload(agent, id, "application-form", pdf()).status()).isEqualTo(200);
        assertThat(upload(agent, id, "premises-proof", pdf()).status()).isEqualTo(200);
        assertThat(upload(agent, id, "photo", pdf()).status()).isEqualTo(200);
        assertThat(act(agent, id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(act(clerk, id, "accept", "{}").status()).isEqualTo(200);

        Api.Reply data = gateway.send("PUT", "/api/intake/cases/" + id + "/certificate/data", clerk, """
                {"fields":{"name":"同心县清真牛肉面馆","form":"个人经营","premises":"同心县豫海镇长征路 8 号",
                           "businessScope":"餐饮服务"}}""", java.util.Map.of("Content-Type", "application/json"));
        assertThat(data.status()).as(data.body()).isEqualTo(200);
        act(clerk, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}");
        act(RunningPlatform.login("demo-reviewer"), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}");
        assertThat(act(RunningPlatform.login("demo-approver"), id, "opinions",
                "{\"verdict\":\"APPROVE\",\"reasons\":\"准予登记\"}").json().get("state").asString())
                .isEqualTo("APPROVED");

        JsonNode issued = null;
        for (int i = 0; i < 60 && (issued == null || !"ISSUED".equals(issued.path("state").asString(""))); i++) {
            sleep(500);
            issued = gateway.get("/api/intake/cases/" + id + "/certificate", villager).json();
        }
        assertThat(issued.path("state").asString("")).as(issued.toString()).isEqualTo("ISSUED");
        String number = issued.get("certificateNumber").asString();
        assertThat(gateway.get("/api/certificates/wallet", villager).body()).contains(number);
        Api.Reply verified = gateway.get("/api/certificates/verify/" + number, null);
        assertThat(verified.json().get("status").asString()).isEqualTo("valid");
        assertThat(verified.json().get("typeCode").asString()).isEqualTo("individual-business-licence");
        assertThat(gateway.get("/api/intake/cases/" + id + "/certificate", agent).json().get("certificateNumber")
                .asString()).as("the agent who filed follows it too").isEqualTo(number);
    }

    @Test
    void badRequestsAre4xxProblemJsonAndStoreNothing() {
        String citizen = RunningPlatform.login("demo-citizen");
        int before = gateway.get("/api/intake/cases", citizen).json().get("count").asInt();

        Api.Reply noKey = gateway.post("/api/intake/cases", citizen, "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}");
        Api.Reply unknown = file(citizen, "{\"itemCode\":\"SCJG-999\",\"division\":\"640324000000\"}");
        Api.Reply elsewhere = file(citizen, "{\"itemCode\":\"SCJG-002\",\"division\":\"640324100000\"}");

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.isProblem()).isTrue();
        assertThat(noKey.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.json().get("message").get("zh").asString()).contains("同心县市场监督管理局");
        assertThat(gateway.get("/api/intake/cases", citizen).json().get("count").asInt()).isEqualTo(before);

        String id = file(citizen, "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}")
                .json().get("id").asString();
        Api.Reply wrongType = upload(citizen, id, "premises-layout", "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("code").asString()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(act(citizen, id, "close", "{}").status()).as("an applicant cannot close").isIn(404, 409, 422);
    }

    @Test
    void aRetriedSubmissionThroughTheGatewayIsTheSameCase() {
        String citizen = RunningPlatform.login("demo-citizen");
        String key = "e2e-" + UUID.randomUUID();
        String body = "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}";

        Api.Reply first = gateway.send("POST", "/api/intake/cases", citizen, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
        Api.Reply retry = gateway.send("POST", "/api/intake/cases", citizen, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    private Api.Reply file(String token, String body) {
        return gateway.send("POST", "/api/intake/cases", token, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "e2e-" + UUID.randomUUID()));
    }

    private Api.Reply act(String token, String id, String action, String body) {
        return gateway.post("/api/intake/cases/" + id + "/" + action, token, body);
    }

    private static String subject(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf() {
        byte[] content = new byte[4096];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static Api.Reply upload(String token, String id, String material, byte[] content) {
        return RunningPlatform.gateway().uploadFile("PUT", "/api/intake/cases/" + id + "/materials/" + material, token,
                material + ".pdf", "application/pdf", content);
    }
}
