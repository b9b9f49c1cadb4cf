package cn.gov.platform.intake.fees.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.fees.domain.CallbackSignature;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Fees through one window (issue 19, point 1) through the API, the provider stood in by WireMock. */
class FeesIT extends IntakeIT {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final String SECRET = "feesit-local-provider-secret";
    private static final String LAND = "county-natural-resources";
    private final CallbackSignature provider = new CallbackSignature(SECRET);

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void bankStandIn(DynamicPropertyRegistry registry) {
        registry.add("platform.intake.payments.uri", () -> IDENTITY.baseUrl() + "/bank");
        registry.add("platform.intake.payments.secret", () -> SECRET);
    }

    @BeforeEach
    void onMarchSecondWithTheBankOpen() {
        TestClock.set(MAR_2);
        IDENTITY.stubFor(post(urlPathEqualTo("/bank/v1/collections")).willReturn(okJson(
                "{\"collectionId\":\"col-1\",\"payUrl\":\"http://bank.example/pay/col-1\"}")));
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    private String landClerk() {
        return issuer().staffToken("demo-land-clerk", COUNTY, LAND, "clerk");
    }

    private String landReviewer() {
        return issuer().staffToken("demo-land-reviewer", COUNTY, LAND, "reviewer");
    }

    private String landApprover() {
        return issuer().staffToken("demo-land-approver", COUNTY, LAND, "approver");
    }

    private String supervisor() {
        return issuer().staffToken("demo-supervisor", COUNTY, "county-supervision", "supervisor");
    }

    /** A real-estate transfer (ZRZY-001, FEE-REALESTATE-HOUSING ¥80) accepted at the window. */
    private String acceptedRealEstateCase() {
        Api.Reply filed = file(citizen(), "{\"itemCode\":\"ZRZY-001\",\"division\":\"640324000000\",\"draft\":true}");
        assertThat(filed.status()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        for (String material : List.of("id-card", "title-certificate", "contract", "tax-proof")) {
            assertThat(upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(1024)).status())
                    .isEqualTo(200);
        }
        assertThat(act(citizen(), id, "submit", "{}").status()).isEqualTo(200);
        Api.Reply accepted = act(landClerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    private void approve(String id) {
        assertThat(act(landClerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}").status())
                .isEqualTo(200);
        assertThat(act(landReviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}").status())
                .isEqualTo(200);
        assertThat(act(landApprover(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予登记\"}")
                .json().get("state").asString()).isEqualTo("APPROVED");
    }

    private JsonNode notice(String id) {
        Api.Reply r = api().get("/api/intake/cases/" + id + "/payment", citizen());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String body(String callbackId, String number, String amount) {
        return "{\"callbackId\":\"" + callbackId + "\",\"type\":\"PAYMENT\",\"paymentNumber\":\"" + number
                + "\",\"amountYuan\":\"" + amount + "\",\"reference\":\"BANK-" + callbackId + "\"}";
    }

    private Api.Reply callback(String body, Instant signedAt, CallbackSignature by) {
        String ts = String.valueOf(signedAt.getEpochSecond());
        return api().send("POST", "/api/intake/payments/callbacks/bank", null, body, Map.of("Content-Type",
                "application/json", "X-Payment-Timestamp", ts, "X-Payment-Signature",
                by.sign(ts, body.getBytes(StandardCharsets.UTF_8))));
    }

    private Api.Reply pay(String number, String amount) {
        return callback(body("cb-" + UUID.randomUUID(), number, amount), MAR_2, provider);
    }

    @Test
    void anAcceptedCaseWithAFeeIsPaidBySignedCallbackAndOnlyThenDelivered() {
        String id = acceptedRealEstateCase();

        JsonNode n = notice(id);
        assertThat(n.get("paymentNumber").asString()).matches("JK640324-2026-\\d{7}");
        assertThat(n.get("totalYuan").asString()).isEqualTo("80.00");
        assertThat(n.get("lines").get(0).get("code").asString()).isEqualTo("FEE-REALESTATE-HOUSING");
        assertThat(n.get("lines").get(0).get("legalBasis").asString()).contains("财税〔2016〕79号");
        assertThat(n.get("state").asString()).isEqualTo("ISSUED");
        assertThat(n.get("point").asString()).isEqualTo("ACCEPTANCE");
        assertThat(n.get("payUrl").asString()).isEqualTo("http://bank.example/pay/col-1");
        assertThat(n.get("dueOn").asString()).isEqualTo("2026-03-23");
        assertThat(n.get("howToPay").get("zh").asString()).contains(n.get("paymentNumber").asString());
        String number = n.get("paymentNumber").asString();
        // The department's staff see it; another citizen and another department's staff get 404.
        assertThat(api().get("/api/intake/cases/" + id + "/payment", landReviewer()).status()).isEqualTo(200);
        assertThat(api().get("/api/intake/cases/" + id + "/payment", issuer().token("someone-else", "citizen"))
                .status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases/" + id + "/payment", clerk()).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases/" + id + "/payment/receipt", citizen()).status())
                .as("no receipt before payment").isEqualTo(409);

        approve(id);
        Api.Reply refused = act(landClerk(), id, "close", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("FEE_UNPAID");
        assertThat(api().send("PUT", "/api/intake/cases/" + id + "/delivery", landClerk(), "{\"method\":\"ELECTRONIC\"}",
                Map.of("Content-Type", "application/json")).json().get("code").asString()).isEqualTo("FEE_UNPAID");

        Api.Reply paid = pay(number, "80.00");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("outcome").asString()).isEqualTo("PAID");
        assertThat(pay(number, "80.00").json().get("outcome").asString()).as("a duplicate callback is harmless")
                .isEqualTo("ALREADY_PAID");
        assertThat(notice(id).get("state").asString()).isEqualTo("PAID");
        assertThat(notice(id).get("paidVia").asString()).isEqualTo("CALLBACK");

        Api.Reply receipt = api().get("/api/intake/cases/" + id + "/payment/receipt", citizen());
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        assertThat(receipt.body()).startsWith("%PDF");
        assertThat(api().get("/api/intake/cases/" + id + "/payment/receipt", clerk()).status()).isEqualTo(404);

        assertThat(act(landClerk(), id, "close", "{}").json().get("state").asString()).isEqualTo("CLOSED");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(number))
                .containsSubsequence("PaymentNoticeIssued", "PaymentReceived"));
    }

    @Test
    void forgedAlteredStaleAndReplayedCallbacksChangeNothing() {
        String number = notice(acceptedRealEstateCase()).get("paymentNumber").asString();
        String valid = body("cb-forge-1", number, "80.00");

        Api.Reply forged = callback(valid, MAR_2, new CallbackSignature("not-the-banks-secret-at-all"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asString()).isEqualTo("CALLBACK_SIGNATURE_INVALID");
        String ts = String.valueOf(MAR_2.getEpochSecond());
        Api.Reply altered = api().send("POST", "/api/intake/payments/callbacks/bank", null,
                valid.replace("BANK-cb-forge-1", "BANK-other"), Map.of("Content-Type", "application/json",
                        "X-Payment-Timestamp", ts, "X-Payment-Signature", provider.sign(ts,
                                valid.getBytes(StandardCharsets.UTF_8))));
        assertThat(altered.status()).isEqualTo(401);
        Api.Reply stale = callback(valid, MAR_2.minusSeconds(301), provider);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().get("code").asString()).isEqualTo("CALLBACK_STALE");
        Api.Reply unsigned = api().send("POST", "/api/intake/payments/callbacks/bank", null, valid,
                Map.of("Content-Type", "application/json"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(notice(acceptedCaseOf(number)).get("state").asString()).isEqualTo("ISSUED");

        Api.Reply unknown = pay("JK640324-2026-9999999", "80.00");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("PAYMENT_NOT_FOUND");
        assertThat(api().send("POST", "/api/intake/payments/callbacks/other-bank", null, valid,
                Map.of("Content-Type", "application/json")).status()).isEqualTo(404);

        Api.Reply wrongAmount = pay(number, "8.00");
        assertThat(wrongAmount.status()).isEqualTo(200);
        assertThat(wrongAmount.json().get("outcome").asString()).isEqualTo("MISMATCH");
        assertThat(notice(acceptedCaseOf(number)).get("state").asString()).isEqualTo("ISSUED");
        assertThat(notice(acceptedCaseOf(number)).get("mismatches").get(0).get("amountYuan").asString())
                .isEqualTo("8.00");

        assertThat(callback(valid, MAR_2, provider).json().get("outcome").asString()).isEqualTo("PAID");
        Api.Reply replayed = callback(valid, MAR_2, provider);
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.json().get("code").asString()).isEqualTo("CALLBACK_REPLAYED");
        assertThat(replayed.body()).doesNotContain(SECRET);
    }

    private String acceptedCaseOf(String number) {
        return mongo.getCollection("payment_notices").find(new org.bson.Document("paymentNumber", number)).first()
                .getString("_id");
    }

    @Test
    void reconciliationMarksPaidWhatTheStatementShowsAndFlagsWhatDiffersOrIsUnknown() {
        String dropped = notice(acceptedRealEstateCase()).get("paymentNumber").asString();
        String differs = notice(acceptedRealEstateCase()).get("paymentNumber").asString();
        IDENTITY.stubFor(get(urlPathEqualTo("/bank/v1/statements/2026-03-01")).willReturn(okJson("""
                {"date":"2026-03-01","lines":[
                 {"paymentNumber":"%s","amountYuan":"80.00","reference":"B-1","kind":"PAYMENT","at":"2026-03-01T03:00:00Z"},
                 {"paymentNumber":"%s","amountYuan":"60.00","reference":"B-2","kind":"PAYMENT","at":"2026-03-01T04:00:00Z"},
                 {"paymentNumber":"JK640324-2026-8888888","amountYuan":"80.00","reference":"B-3","kind":"PAYMENT"}]}"""
                .formatted(dropped, differs))));

        assertThat(api().post("/api/intake/payments/reconciliations", citizen(), "{\"date\":\"2026-03-01\"}").status())
                .isEqualTo(403);
        Api.Reply run = api().post("/api/intake/payments/reconciliations", admin(), "{\"date\":\"2026-03-01\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("markedPaid").asInt()).isEqualTo(1);
        assertThat(run.json().get("mismatches").asInt()).isEqualTo(1);
        assertThat(run.json().get("unknown").asInt()).isEqualTo(1);
        assertThat(notice(acceptedCaseOf(dropped)).get("state").asString()).isEqualTo("PAID");
        assertThat(notice(acceptedCaseOf(dropped)).get("paidVia").asString()).isEqualTo("STATEMENT");
        assertThat(notice(acceptedCaseOf(differs)).get("state").asString()).isEqualTo("ISSUED");

        Api.Reply again = api().post("/api/intake/payments/reconciliations", admin(), "{\"date\":\"2026-03-01\"}");
        assertThat(again.json().get("markedPaid").asInt()).as("a second run changes nothing").isZero();
        assertThat(again.json().get("alreadyPaid").asInt()).isEqualTo(1);

        Api.Reply figures = api().get("/api/intake/payments/figures?from=2026-03&to=2026-03", supervisor());
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.json().get("unknownPayments").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode land = figures.json().get("rows").valueStream()
                .filter(r -> r.get("department").asString().equals(LAND)).findFirst().orElseThrow();
        assertThat(land.get("chargedYuan").asString()).isNotEqualTo("0.00");
        assertThat(land.get("mismatches").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api().get("/api/intake/payments/figures", landClerk()).status()).isEqualTo(403);
    }

    @Test
    void aWithdrawnCaseThatWasPaidGetsARefundThatTheProviderConfirms() {
        String id = acceptedRealEstateCase();
        String number = notice(id).get("paymentNumber").asString();
        pay(number, "80.00");

        assertThat(act(citizen(), id, "withdraw", "{\"reason\":\"不再办理\"}").json().get("state").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(notice(id).get("state").asString()).isEqualTo("REFUND_DUE");
        assertThat(notice(id).get("refundDueOn").asString()).isEqualTo("2026-03-02");

        Api.Reply refund = callback("{\"callbackId\":\"rf-" + number + "\",\"type\":\"REFUND\",\"paymentNumber\":\""
                + number + "\",\"amountYuan\":\"80.00\",\"reference\":\"REFUND-1\"}", MAR_2, provider);
        assertThat(refund.status()).as(refund.body()).isEqualTo(200);
        assertThat(notice(id).get("state").asString()).isEqualTo("REFUNDED");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(number))
                .containsSubsequence("PaymentReceived", "RefundDue", "PaymentRefunded"));
    }

    @Test
    void aWithdrawnUnpaidCaseOwesNothingAndAFreeItemHasNoNotice() {
        String id = acceptedRealEstateCase();
        act(citizen(), id, "withdraw", "{\"reason\":\"不再办理\"}");
        assertThat(notice(id).get("state").asString()).isEqualTo("CANCELLED");

        Api.Reply free = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-9"}]}""");
        Api.Reply none = api().get("/api/intake/cases/" + free.json().get("id").asString() + "/payment", citizen());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("code").asString()).isEqualTo("PAYMENT_NOTICE_NOT_FOUND");
    }

    @Test
    void anItemWhoseFeeFallsDueAtDecisionGetsItsNoticeOnApprovalNotAtAcceptance() throws Exception {
        JsonNode seed = cn.gov.platform.intake.Fixtures.JSON.readTree(getClass().getResourceAsStream(
                "/catalogue/tongxin-items.json"));
        tools.jackson.databind.node.ObjectNode item = (tools.jackson.databind.node.ObjectNode) seed.get("items")
                .valueStream().filter(i -> i.get("code").asString().equals("ZRZY-001")).findFirst().orElseThrow()
                .deepCopy();
        item.put("code", "ZRZY-090").put("feeDue", "DECISION");
        Api.Reply created = api().send("POST", "/api/intake/catalogue/items", admin(), item.toString(),
                Map.of("Content-Type", "application/json"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api().get("/api/intake/catalogue/items/ZRZY-090", null).json().get("feeDue").asString())
                .isEqualTo("DECISION");
        Api.Reply filed = file(citizen(), "{\"itemCode\":\"ZRZY-090\",\"division\":\"640324000000\",\"draft\":true}");
        String id = filed.json().get("id").asString();
        for (String material : List.of("id-card", "title-certificate", "contract", "tax-proof")) {
            upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(1024));
        }
        act(citizen(), id, "submit", "{}");
        assertThat(act(landClerk(), id, "accept", "{}").status()).isEqualTo(200);
        assertThat(api().get("/api/intake/cases/" + id + "/payment", citizen()).status())
                .as("not due at acceptance").isEqualTo(404);

        approve(id);

        JsonNode n = notice(id);
        assertThat(n.get("point").asString()).isEqualTo("DECISION");
        assertThat(n.get("totalYuan").asString()).isEqualTo("80.00");
        assertThat(act(landClerk(), id, "close", "{}").json().get("code").asString()).isEqualTo("FEE_UNPAID");
    }

    private List<String> events(String number) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> String.valueOf(v.get("payload")).contains(number)).map(v -> String.valueOf(v.get("type")))
                .toList();
    }
}
