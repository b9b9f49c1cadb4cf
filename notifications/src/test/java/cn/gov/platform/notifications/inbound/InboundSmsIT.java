package cn.gov.platform.notifications.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17, point 4: "CX <case number>" sent to the platform's number, answered by SMS; intake is WireMock. */
class InboundSmsIT extends NotificationsIT {

    private static final String LOOKUP = "/api/intake/internal/follow-up/sms-lookups";

    @Autowired
    SmsSenders senders;

    private static String number() {
        return "640324-2026-" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 9_999_999));
    }

    private static String body(String id, String from, String text) {
        return "{\"messageId\":\"" + id + "\",\"from\":\"" + from + "\",\"text\":\"" + text + "\"}";
    }

    private Api.Reply inbound(String body, String signature) {
        return api().send("POST", "/api/notifications/inbound/A", null, body,
                signature == null ? Map.of("Content-Type", "application/json")
                        : Map.of("Content-Type", "application/json", "X-Signature", signature));
    }

    private Api.Reply signed(String body) {
        return inbound(body, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, body));
    }

    /** Intake answers for this number and phone with the case's progress. */
    private static void intakeKnows(String number, String phone) {
        IDENTITY.stubFor(post(urlEqualTo(LOOKUP)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.number", equalTo(number)))
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .willReturn(okJson("""
                        {"number":"%s","itemName":"食品经营许可","state":{"zh":"审查中","en":"Under review"},
                         "submittedOn":"2026-12-01","acceptedOn":"2026-12-02","decidedOn":null,"dueOn":"2026-12-16",
                         "departmentName":"同心县市场监督管理局","divisionName":"同心县"}""".formatted(number))));
    }

    private static void intakeKnowsNothingElse() {
        IDENTITY.stubFor(post(urlEqualTo(LOOKUP)).atPriority(5).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"code\":\"FOLLOW_UP_NOT_FOUND\"}")));
    }

    private Message reply(String inboundId, String phone, MessageStatus... statuses) {
        return awaitMessage("sms-in:A:" + inboundId, senders.subjectOf(phone), statuses);
    }

    @Test
    void theApplicantsPhoneGetsTheStateOnceHoweverOftenTheProviderRetries() {
        String phone = "13912345671";
        String number = number();
        intakeKnows(number, phone);
        String id = "in-" + UUID.randomUUID();
        String message = body(id, "+86" + phone, "cx\u3000" + number);

        Api.Reply first = signed(message);
        Api.Reply retry = signed(message);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outcome").asString()).isEqualTo("QUEUED");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("outcome").asString()).isEqualTo("DUPLICATE");
        Message m = reply(id, phone, MessageStatus.SENT, MessageStatus.DELIVERED);
        sleep(1_000); // room for a wrong second send
        assertThat(m.templateCode()).isEqualTo("follow-up-state");
        assertThat(m.text()).contains(number, "审查中", "承诺办结 2026-12-16", "同心县市场监督管理局").doesNotContain(phone);
        assertThat(m.recipientSubject()).startsWith("sms-sender:").doesNotContain(phone);
        assertThat(requestsFor(m.id())).isEqualTo(1);
        assertThat(PROVIDER_A.findAll(postRequestedFor(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))))
                .size() + PROVIDER_B.findAll(postRequestedFor(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(phone))))
                .size()).isEqualTo(1);
        assertThat(IDENTITY.findAll(postRequestedFor(urlEqualTo(LOOKUP))
                .withRequestBody(matchingJsonPath("$.number", equalTo(number))))).as("intake asked once").hasSize(1);
    }

    @Test
    void anotherPhoneIsToldThereIsNoSuchCaseForIt() {
        String number = number();
        intakeKnows(number, "13912345672");
        intakeKnowsNothingElse();
        String id = "in-" + UUID.randomUUID();

        assertThat(signed(body(id, "13912345673", "CX " + number)).status()).isEqualTo(200);

        Message m = reply(id, "13912345673", MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(m.templateCode()).isEqualTo("follow-up-not-found");
        assertThat(m.text()).contains(number).doesNotContain("审查中");
    }

    @Test
    void anythingElseGetsTheHelpTextWithoutAskingIntake() {
        String id = "in-" + UUID.randomUUID();
        int asked = IDENTITY.findAll(postRequestedFor(urlEqualTo(LOOKUP))).size();

        assertThat(signed(body(id, "13912345674", "你好")).status()).isEqualTo(200);

        Message m = reply(id, "13912345674", MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(m.templateCode()).isEqualTo("follow-up-help");
        assertThat(m.text()).contains("CX");
        assertThat(IDENTITY.findAll(postRequestedFor(urlEqualTo(LOOKUP)))).hasSize(asked);
    }

    @Test
    void anUnsignedOrWronglySignedMessageIs401AndQueuesNothing() {
        String id = "in-" + UUID.randomUUID();
        String number = number();
        String message = body(id, "13912345675", "CX " + number);

        Api.Reply unsigned = inbound(message, null);
        Api.Reply forged = inbound(message, "sha256=" + ReceiptSignatures.hmacHex("not-the-secret", message));
        Api.Reply otherProvider = api().send("POST", "/api/notifications/inbound/B", null, message,
                Map.of("Content-Type", "application/json", "X-Signature", "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, message)));

        for (Api.Reply r : java.util.List.of(unsigned, forged, otherProvider)) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.json().get("code").asString()).isEqualTo("INBOUND_SIGNATURE_INVALID");
        }
        sleep(300);
        assertThat(messages.find(Message.idOf("sms-in:A:" + id, senders.subjectOf("13912345675")))).isEmpty();
        assertThat(IDENTITY.findAll(postRequestedFor(urlEqualTo(LOOKUP))
                .withRequestBody(matchingJsonPath("$.number", equalTo(number))))).isEmpty();
    }

    @Test
    void intakeDownIs503SoTheProviderDeliversTheMessageAgain() {
        String number = number();
        IDENTITY.stubFor(post(urlEqualTo(LOOKUP)).atPriority(1).withRequestBody(matchingJsonPath("$.number", equalTo(number)))
                .willReturn(aResponse().withStatus(500)));
        String id = "in-" + UUID.randomUUID();
        String message = body(id, "13912345676", "CX " + number);

        Api.Reply down = signed(message);

        assertThat(down.status()).as(down.body()).isEqualTo(503);
        assertThat(messages.find(Message.idOf("sms-in:A:" + id, senders.subjectOf("13912345676")))).isEmpty();
    }
}
