package cn.gov.platform.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.Bounded;
import cn.gov.platform.testkit.RedisOutage;
import cn.gov.platform.testkit.ServiceIT;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, degrade never hang: the registry with its Redis stopped. Issuing draws the
 * certificate's number from Redis, so it answers 503 problem+json with Retry-After within seconds
 * (intake retries the issuance); reads keep working; once Redis is back the same request issues.
 */
@cn.gov.platform.testkit.OwnContextWithoutConsumers
class RedisDownIT extends ServiceIT {

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

    private String service() {
        return issuer().token("svc-intake", "service");
    }

    private Api.Reply issue(String caseNumber) {
        return api().post("/api/certificates/internal/certificates", service(),
                Fixtures.foodPermitJson(caseNumber, TestIssuer.subjectOf("demo-enterprise")));
    }

    @Test
    void withRedisStoppedIssuingIsA503ProblemWithinSecondsReadsWorkAndTheRetryIssuesOnceRedisIsBack() {
        // With Redis up (a loaded machine may first fail to fetch the issuer's keys in time: retried).
        String first = "SL-" + UUID.randomUUID().toString().substring(0, 8);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(issue(first).status())
                .isIn(200, 201));
        String number = issue(first).json().get("number").asString();
        REDIS.stop();

        String caseNumber = "SL-" + UUID.randomUUID().toString().substring(0, 8);
        Bounded.isRetryLaterProblem(Bounded.within(BOUND, () -> issue(caseNumber)));
        Api.Reply read = Bounded.within(BOUND, () -> api().get("/api/certificates/internal/certificates/" + number
                + "/holding?holder=" + TestIssuer.subjectOf("demo-enterprise"), service()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("held").asBoolean()).isTrue();

        REDIS.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(issue(caseNumber).status()).isEqualTo(201));
    }
}
