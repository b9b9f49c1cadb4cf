package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fees through one window (issue 19, point 1) on the running platform with the stand-in bank: a real-estate
 * transfer (ZRZY-001, 不动产登记费 ¥80) is accepted and gets a payment notice; the applicant sees it in the
 * portal, pays on the bank's page, the signed callback marks it paid, the receipt PDF is in the portal and
 * only then is the result delivered. A payment whose callback the bank dropped is found by reconciliation
 * with the bank's daily statement; a forged callback changes nothing.
 */
class FeeJourneyIT {

    private static final String BANK = System.getProperty("platform.bank", "http://127.0.0.1:8098");
    private static final String CITIZEN = "demo-citizen2";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Api api = RunningPlatform.gateway();

    private static String token(String user) {
        return RunningPlatform.login(user);
    }

    private static Api.Reply ok(Api.Reply reply, String what) {
        assertThat(reply.status()).as("%s: %s", what, reply.body()).isBetween(200, 299);
        return reply;
    }

    /** ZRZY-001 filed by the citizen with every material uploaded, submitted and accepted at the window. */
    private String acceptedRealEstateCase() throws Exception {
        String citizen = token(CITIZEN);
        String id = ok(api.send("POST", "/api/intake/cases", citizen,
                "{\"itemCode\":\"ZRZY-001\",\"division\":\"640324000000\",\"draft\":true}",
                Map.of("Content-Type", "application/json", "Idempotency-Key", "e2e-fee-" + UUID.randomUUID())),
                "filing").json().get("id").asString();
        byte[] pdf = Files.readAllBytes(Steps.pdf());
        for (String material : List.of("id-card", "title-certificate", "contract", "tax-proof")) {
            ok(api.uploadFile("PUT", "/api/intake/cases/" + id + "/materials/" + material, citizen, material + ".pdf",
                    "application/pdf", pdf), "uploading " + material);
        }
        ok(api.post("/api/intake/cases/" + id + "/submit", citizen, "{}"), "submitting");
        Api.Reply accepted = ok(api.post("/api/intake/cases/" + id + "/accept", token("demo-resources-clerk"), "{}"),
                "accepting");
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        return id;
    }

    private JsonNode notice(String id) {
        return Steps.get("/api/intake/cases/" + id + "/payment", token(CITIZEN));
    }

    @Test
    void theApplicantPaysOnTheBanksPageGetsTheReceiptAndOnlyThenIsTheResultDelivered() throws Exception {
        String id = acceptedRealEstateCase();
        for (String[] step : List.of(new String[] {"demo-resources-clerk", "材料齐全"},
                new String[] {"demo-resources-reviewer", "审核同意"}, new String[] {"demo-resources-approver", "准予登记"})) {
            ok(api.post("/api/intake/cases/" + id + "/opinions", token(step[0]),
                    "{\"verdict\":\"APPROVE\",\"reasons\":\"" + step[1] + "\"}"), "opinion of " + step[0]);
        }
        Api.Reply unpaid = api.post("/api/intake/cases/" + id + "/close", token("demo-resources-clerk"), "{}");
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.json().get("code").asString()).isEqualTo("FEE_UNPAID");

        try (Browser citizen = new Browser()) {
            citizen.login(CITIZEN).open("/case/" + id);
            citizen.waitForState("[data-test=payment-state]", "ISSUED");
            assertThat(citizen.visible("[data-test=payment-total]").getText()).isEqualTo("¥80.00");
            assertThat(citizen.visible("[data-test=payment-basis]").getText()).contains("财税〔2016〕79号");
            citizen.step("fee-notice");
            citizen.click("[data-test=pay-link]");
            assertThat(citizen.visible("[data-test=bank-amount]").getText()).isEqualTo("¥80.00");
            citizen.screenshot("fee-bank-page");
            citizen.click("[data-test=bank-pay]");
            assertThat(citizen.visible("[data-test=bank-paid]").getText()).contains("80.00");
            citizen.screenshot("fee-bank-paid");
            citizen.open("/case/" + id);
            citizen.waitForState("[data-test=payment-state]", "PAID");
            citizen.click("[data-test=payment-receipt]");
            citizen.visible("[data-test=payment-receipt-file]");
            citizen.step("fee-receipt");
        }
        Api.Reply receipt = api.get("/api/intake/cases/" + id + "/payment/receipt", token(CITIZEN));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).startsWith("%PDF");
        assertThat(notice(id).get("paidVia").asString()).isEqualTo("CALLBACK");

        try (Browser clerk = new Browser()) {
            clerk.login("demo-resources-clerk").open("/work/" + id);
            clerk.waitForState("[data-test=payment-state]", "PAID");
            clerk.step("fee-staff-sees-paid");
        }
        Api.Reply closed = api.post("/api/intake/cases/" + id + "/close", token("demo-resources-clerk"), "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");

        try (Browser supervisor = new Browser()) {
            supervisor.login("demo-supervisor").open("/supervision");
            supervisor.visible("[data-test=fee-dashboard] dl");
            supervisor.step("fee-dashboard");
            supervisor.open("/supervision/fees");
            supervisor.visible("[data-test=fee-rows] li[data-department=county-natural-resources]");
            supervisor.step("fee-figures");
        }
    }

    @Test
    void aDroppedCallbackIsReconciledFromTheStatementAndAForgedCallbackChangesNothing() throws Exception {
        String id = acceptedRealEstateCase();
        JsonNode n = notice(id);
        String number = n.get("paymentNumber").asString();

        String forgedBody = "{\"callbackId\":\"forged-" + UUID.randomUUID() + "\",\"type\":\"PAYMENT\",\"paymentNumber\":\""
                + number + "\",\"amountYuan\":\"80.00\",\"reference\":\"FORGED\"}";
        Api.Reply forged = api.send("POST", "/api/intake/payments/callbacks/bank", null, forgedBody, Map.of(
                "Content-Type", "application/json", "X-Payment-Timestamp",
                String.valueOf(System.currentTimeMillis() / 1000), "X-Payment-Signature", "ab".repeat(32)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asString()).isEqualTo("CALLBACK_SIGNATURE_INVALID");
        assertThat(notice(id).get("state").asString()).as("a forged callback changes nothing").isEqualTo("ISSUED");

        HTTP.send(HttpRequest.newBuilder(URI.create(BANK + "/stub/drop-next-callback"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> paid = HTTP.send(HttpRequest.newBuilder(URI.create(n.get("payUrl").asString()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.body()).contains("bank-paid", "dropped");
        assertThat(notice(id).get("state").asString()).as("the callback was dropped").isEqualTo("ISSUED");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply reconciled = ok(api.post("/api/intake/payments/reconciliations", token("demo-admin"),
                "{\"date\":\"" + today + "\"}"), "reconciling");
        assertThat(reconciled.json().get("markedPaid").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(notice(id).get("state").asString()).isEqualTo("PAID");
        assertThat(notice(id).get("paidVia").asString()).isEqualTo("STATEMENT");
    }
}
