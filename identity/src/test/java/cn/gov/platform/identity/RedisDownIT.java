package cn.gov.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 16, degrade never hang: identity with its Redis stopped. Redis only caches answers to
 * other services' checks, so a change completes (the cache's invalidation failure is counted and
 * logged) and checks are answered from the store, each within seconds.
 */
@cn.gov.platform.testkit.OwnContextWithoutConsumers
class RedisDownIT extends IdentityServiceIT {

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
    void withRedisStoppedAPhoneChangeCompletesWithinSecondsAndServicesReadTheNewNumber() {
        String subject = verifiedPerson("outage-person");
        String citizen = issuer().token("outage-person", "citizen");
        assertThat(api().get("/api/identity/internal/persons/" + subject + "/contact", serviceToken()).status())
                .isEqualTo(200);
        REDIS.stop();

        Api.Reply changed = Bounded.within(BOUND, () -> api().send("PUT", "/api/identity/me/phone", citizen,
                "{\"phone\":\"13700002222\"}", Map.of("Content-Type", "application/json")));

        assertThat(changed.status()).as(changed.body()).isBetween(200, 299);
        Api.Reply contact = Bounded.within(BOUND, () -> api().get("/api/identity/internal/persons/" + subject
                + "/contact", serviceToken()));
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("phone").asString()).isEqualTo("13700002222");
        assertThat(Bounded.within(BOUND, () -> api().get("/api/identity/me", citizen)).status()).isEqualTo(200);
    }
}
