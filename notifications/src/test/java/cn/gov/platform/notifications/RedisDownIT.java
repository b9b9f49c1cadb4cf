package cn.gov.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.Bounded;
import cn.gov.platform.testkit.RedisOutage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, degrade never hang: notifications with its Redis stopped. Events and send leases live
 * in Redis, so nothing new is consumed or sent meanwhile; what callers write (a provider's
 * delivery receipt) and read (the inbox) is answered from the store within seconds.
 */
@cn.gov.platform.testkit.OwnContextWithoutConsumers
class RedisDownIT extends NotificationsIT {

    static final Duration BOUND = Duration.ofSeconds(10);
    static final RedisOutage REDIS = RedisOutage.inFrontOfTestRedis();

    @DynamicPropertySource
    static void redisThroughTheRelay(DynamicPropertyRegistry registry) {
        REDIS.register(registry);
    }

    @AfterEach
    void redisIsBack() {
        REDIS.start();
    }

    @Test
    void withRedisStoppedAReceiptIsRecordedAndTheInboxReadWithinSeconds() {
        Person applicant = personWithPhone();
        PROVIDER_B.stubFor(smsTo(applicant.phone()).willReturn(providerError(503, "DOWN"))); // keep it on A
        String eventId = caseEvent("CaseClosed", applicant.subject(), Map.of());
        Message sent = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT);
        assertThat(sent.provider()).isEqualTo("A");
        REDIS.stop();

        String body = "{\"clientRef\":\"" + sent.id() + "\",\"messageId\":\"" + sent.providerMessageId()
                + "\",\"status\":\"DELIVERED\"}";
        Api.Reply receipt = Bounded.within(BOUND, () -> api().send("POST", "/api/notifications/receipts/A", null, body,
                Map.of("Content-Type", "application/json", "X-Signature",
                        "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, body))));

        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(messages.find(sent.id()).orElseThrow().status()).isEqualTo(MessageStatus.DELIVERED);
        Api.Reply inbox = Bounded.within(BOUND, () -> api().get("/api/notifications/inbox", tokenOf(applicant)));
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.json().get("messages")).hasSize(1);
    }
}
