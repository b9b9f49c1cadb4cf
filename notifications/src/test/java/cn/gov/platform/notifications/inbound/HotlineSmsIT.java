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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 12345 hotline (issue 19, point 2): the caller is sent the department's answer at the number intake
 * holds for the ticket, and rates it by replying with a digit; intake is WireMock.
 */
class HotlineSmsIT extends NotificationsIT {

    private static final String PHONES = "/api/intake/internal/hotline/caller-phones";
    private static final String RATINGS = "/api/intake/internal/hotline/ratings";

    @Autowired
    SmsSenders senders;

    private static String freshPhone() {
        return "137" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_990_000));
    }

    private Api.Reply inbound(String id, String from, String text) {
        String body = "{\"messageId\":\"" + id + "\",\"from\":\"" + from + "\",\"text\":\"" + text
                + "\"}";
        return api().send("POST", "/api/notifications/inbound/A", null, body, Map.of("Content-Type",
                "application/json", "X-Signature", "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, body)));
    }

    private String answered(String recipient, String ticketId, String answer) {
        String eventId = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", eventId);
        fields.put("type", "HotlineTicketAnswered");
        fields.put("recipientSubject", recipient);
        fields.put("division", "640324000000");
        fields.put("department", "county-market-regulation");
        fields.put("occurredAt", Instant.now().toString());
        fields.put("payload", "{\"onTime\":\"true\",\"ticketId\":\"" + ticketId + "\",\"answer\":\"" + answer + "\"}");
        publish(CASE_EVENTS, fields);
        return eventId;
    }

    @Test
    void theCallerIsSentTheAnswerAtTheNumberIntakeHoldsAndAskedToRateIt() {
        String ticket = UUID.randomUUID().toString();
        String phone = freshPhone();
        IDENTITY.stubFor(post(urlEqualTo(PHONES)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.ticketId", equalTo(ticket)))
                .willReturn(okJson("{\"phone\":\"" + phone + "\"}")));

        String eventId = answered("hotline-caller:" + ticket, ticket, "已责令该超市下架过期食品。");

        Message m = awaitMessage(eventId, "hotline-caller:" + ticket, MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(m.templateCode()).isEqualTo("hotline-answered");
        assertThat(m.text()).contains("已责令该超市下架过期食品。", "1-5").doesNotContain(phone);
        assertThat(m.recipientSubject()).doesNotContain(phone);
        assertThat(PROVIDER_A.findAll(postRequestedFor(urlEqualTo("/v1/sms"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))).size()
                + PROVIDER_B.findAll(postRequestedFor(urlEqualTo("/v1/sms"))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))).size()).isEqualTo(1);
    }

    @Test
    void aCitizensPortalMessageIsAnsweredAtTheirOwnNumberWithoutARatingRequest() {
        Person p = personWithPhone();

        String eventId = answered(p.subject(), UUID.randomUUID().toString(), "感谢建议，周六上午窗口已开放。");

        Message m = awaitMessage(eventId, p.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(m.templateCode()).isEqualTo("hotline-message-answered");
        assertThat(m.text()).contains("周六上午窗口已开放").doesNotContain("1-5");
    }

    @Test
    void aDigitFromTheCallerRatesTheAnswerThroughIntakeAndIsThanked() {
        String phone = freshPhone();
        IDENTITY.stubFor(post(urlEqualTo(RATINGS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .withRequestBody(matchingJsonPath("$.rating", equalTo("4")))
                .willReturn(okJson("{\"ticketId\":\"t-1\",\"rating\":4,\"departmentName\":\"同心县市场监督管理局\"}")));

        String id = "in-" + UUID.randomUUID();
        Api.Reply reply = inbound(id, "+86" + phone, "４");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("outcome").asString()).isEqualTo("QUEUED");
        Message m = messages.find(Message.idOf("sms-in:A:" + id, senders.subjectOf(phone))).orElseThrow();
        assertThat(m.templateCode()).isEqualTo("hotline-rated");
        assertThat(m.text()).contains("4 分").doesNotContain(phone);
        assertThat(IDENTITY.findAll(postRequestedFor(urlEqualTo(RATINGS))
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone))))).hasSize(1);
    }

    @Test
    void aDigitWithNothingToRateIsToldSo() {
        String phone = freshPhone();
        IDENTITY.stubFor(post(urlEqualTo(RATINGS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.phone", equalTo(phone)))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"code\":\"HOTLINE_TICKET_NOT_FOUND\"}")));

        String id = "in-" + UUID.randomUUID();
        Api.Reply reply = inbound(id, phone, "2");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Message m = messages.find(Message.idOf("sms-in:A:" + id, senders.subjectOf(phone))).orElseThrow();
        assertThat(m.templateCode()).isEqualTo("hotline-nothing-to-rate");
    }
}
