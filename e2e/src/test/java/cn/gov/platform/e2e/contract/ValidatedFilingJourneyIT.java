package cn.gov.platform.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 6: the main filing journey driven by a client that holds the published OpenAPI
 * documents to their word ({@link ContractClient}): a draft, uploads, submission, the window's request
 * to supplement, the uploads it asks for, resubmission, acceptance and the decision chain's opinions up
 * to approval, with a retry, a refusal and someone else's look on the way. Every request and every
 * answer, problems included, is validated against the document of the service that serves it, so a
 * document that says another body, status or content type than the wire carries fails this test.
 */
class ValidatedFilingJourneyIT {

    private final ContractClient client = new ContractClient();

    @Test
    void theFilingJourneyFromDraftToApprovalKeepsToThePublishedDocuments() {
        String citizen = RunningPlatform.login("demo-citizen");
        String clerk = RunningPlatform.login("demo-clerk");

        assertThat(client.get("/api/intake/catalogue/items/SCJG-002", null).status()).isEqualTo(200);

        String draft = """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-E2E"}]}""";
        String key = "e2e-contract-" + UUID.randomUUID();
        Api.Reply drafted = client.post("/api/intake/cases", citizen, draft, Map.of("Idempotency-Key", key));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        Api.Reply retried = client.post("/api/intake/cases", citizen, draft, Map.of("Idempotency-Key", key));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("id").asString()).isEqualTo(id);
        assertThat(client.post("/api/intake/cases", citizen, draft).status())
                .as("no Idempotency-Key: a 400 problem").isEqualTo(400);

        assertThat(upload(citizen, id, "business-licence").status()).isEqualTo(200);
        assertThat(upload(citizen, id, "premises-layout").status()).isEqualTo(200);
        assertThat(act(citizen, id, "submit", null).json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply notice = act(clerk, id, "supplement-request", "{\"note\":\"请一次性补齐\"}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");

        assertThat(upload(citizen, id, "safety-rules").status()).isEqualTo(200);
        assertThat(upload(citizen, id, "equipment-list").status()).isEqualTo(200);
        assertThat(act(citizen, id, "resubmit", null).json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply accepted = act(clerk, id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String acceptedOn = accepted.json().get("deadline").get("acceptedOn").asString();
        assertThat(client.get("/api/intake/calendar/working-days-after?date=" + acceptedOn + "&days=10", null).status())
                .isEqualTo(200);

        assertThat(act(clerk, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全，符合条件\"}").status())
                .isEqualTo(200);
        assertThat(act(RunningPlatform.login("demo-reviewer"), id, "opinions",
                "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}").status()).isEqualTo(200);
        Api.Reply approved = act(RunningPlatform.login("demo-approver"), id, "opinions",
                "{\"verdict\":\"APPROVE\",\"reasons\":\"准予许可\"}");
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");

        assertThat(act(clerk, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"再来一次\"}").status())
                .as("a decided case takes no further opinion").isIn(409, 422);
        assertThat(client.get("/api/intake/cases/" + id, RunningPlatform.login("demo-citizen2")).status())
                .as("someone else's case does not exist for them").isEqualTo(404);
        assertThat(client.get("/api/intake/cases/" + id, citizen).json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(client.get("/api/intake/cases", citizen).body()).contains(id);
        assertThat(client.get("/api/intake/workbench/cases?state=APPROVED", clerk).status()).isEqualTo(200);

        assertThat(client.exchanges()).hasSizeGreaterThanOrEqualTo(20);
        client.assertEveryExchangeKeptToTheDocuments();
    }

    /** A step on the case; submit and resubmit take no body. */
    private Api.Reply act(String token, String id, String action, @Nullable String body) {
        String path = "/api/intake/cases/" + id + "/" + action;
        return body == null ? client.post(path, token) : client.post(path, token, body);
    }

    private Api.Reply upload(String token, String id, String material) {
        byte[] pdf = new byte[4096];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return client.upload("/api/intake/cases/" + id + "/materials/" + material, token, material + ".pdf",
                "application/pdf", pdf);
    }
}
