package cn.gov.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.RedisOutage;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, degrade never hang: intake with its Redis stopped. Filing a case needs Redis only for
 * the outbox's hint (the relay's sweep finds the event later), so it completes; accepting one
 * draws its number from Redis, so it answers 503 problem+json with Retry-After; reads keep
 * working. Every answer comes within {@link #BOUND}, far below the gateway's 15 s.
 */
@cn.gov.platform.testkit.OwnContextWithoutConsumers
class RedisDownIT extends IntakeIT {

    static final Duration BOUND = Duration.ofSeconds(10);
    static final RedisOutage REDIS = RedisOutage.inFrontOfTestRedis();

    @DynamicPropertySource
    static void redisThroughTheRelay(DynamicPropertyRegistry registry) {
        REDIS.register(registry);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory connections;

    @org.junit.jupiter.api.BeforeEach
    void theServiceReachesRedisThroughTheRelay() {
        assertThat(connections.getPort()).isEqualTo(REDIS.port());
    }

    @AfterEach
    void redisIsBack() {
        REDIS.start();
    }

    @Test
    void withRedisStoppedFilingACaseCompletesWithinSecondsAndTheCaseCanBeRead() {
        // A first filing with Redis up: what a cold service takes to answer is not what is measured.
        assertThat(file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}")
                .status()).isEqualTo(201);
        REDIS.stop();

        Api.Reply filed = timed(() -> file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-1"}]}"""));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        Api.Reply read = timed(() -> api().get("/api/intake/cases/" + id, citizen()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(timed(() -> api().get("/api/intake/catalogue/items", null)).status()).isEqualTo(200);
    }

    @Test
    void withRedisStoppedAcceptingACaseIsA503ProblemWithRetryAfterWithinSecondsAndWorksOnceRedisIsBack() {
        String id = submittedFoodPermit();
        REDIS.stop();

        Api.Reply refused = timed(() -> act(clerk(), id, "accept", "{}"));

        cn.gov.platform.testkit.Bounded.isRetryLaterProblem(refused);
        assertThat(api().get("/api/intake/cases/" + id, clerk()).json().get("state").asString())
                .as("nothing changed").isEqualTo("SUBMITTED");

        // Redis is back: the client reconnects within its 2 s reconnect backoff, and the retry is taken.
        REDIS.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Reply accepted = act(clerk(), id, "accept", "{}");
                    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
                    assertThat(accepted.json().get("number").asString()).isNotBlank();
                });
    }

    private String submittedFoodPermit() {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-000123"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        String id = drafted.json().get("id").asString();
        upload(citizen(), id, "premises-layout", "layout.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "equipment-list", "equipment.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "safety-rules", "rules.pdf", "application/pdf", pdf(1024));
        assertThat(act(citizen(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    private static Api.Reply timed(Supplier<Api.Reply> call) {
        return cn.gov.platform.testkit.Bounded.within(BOUND, call);
    }
}
