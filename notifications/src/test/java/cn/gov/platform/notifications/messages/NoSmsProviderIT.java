package cn.gov.platform.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.ServiceIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deployment with no SMS provider configured (SMS_A_URL and SMS_B_URL unset, as in the jar): the
 * dispatcher runs but sends nothing, so messages stay queued rather than fail after their retries,
 * and health and metrics say so.
 */
class NoSmsProviderIT extends ServiceIT {

    @DynamicPropertySource
    static void noProviders(DynamicPropertyRegistry registry) {
        registry.add("SMS_A_URL", () -> "");
        registry.add("SMS_B_URL", () -> "");
        registry.add("notifications.dispatch.enabled", () -> "true");
        registry.add("notifications.dispatch.poll", () -> "50ms");
    }

    @Autowired
    MessageStore messages;
    @Autowired
    MeterRegistry meters;

    @Test
    void aDueMessageStaysQueuedAndHealthAndMetricsSayThatNoProviderIsConfigured() throws InterruptedException {
        Message queued = Message.queued(UUID.randomUUID().toString(), "CaseAccepted", "no-provider-person", null,
                "640324-2026-0000042", "640324", "case-accepted", 1, "您的办件已受理。", true, null, Instant.now());
        assertThat(messages.insertIfAbsent(queued)).isTrue();

        Thread.sleep(1_500); // many rounds of the dispatcher's poll

        Message after = messages.find(queued.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(after.attempts()).isZero();
        Api.Reply health = api().get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(api().get("/actuator/health/readiness", null).status()).as("still ready to take events").isEqualTo(200);
        assertThat(meters.get("notifications.sms.providers").gauge().value()).isZero();
        assertThat(meters.get("notifications.sms.waiting-for-provider").gauge().value()).isGreaterThanOrEqualTo(1);
    }
}
