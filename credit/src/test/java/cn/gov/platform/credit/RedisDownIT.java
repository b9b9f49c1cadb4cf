package cn.gov.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.Bounded;
import cn.gov.platform.testkit.RedisOutage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, degrade never hang: credit with its Redis stopped. A listing is stored and applied
 * here (the announcement to other instances and the outbox hint are lost; their reload and the
 * relay's sweep catch up), and a check is answered from memory with its record stored, each
 * within seconds.
 */
@cn.gov.platform.testkit.OwnContextWithoutConsumers
class RedisDownIT extends CreditIT {

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
    void withRedisStoppedAListingCompletesWithinSecondsAndTheNextCheckAppliesIt() {
        String code = creditCode("91640324MA00RDK01");
        isEnterprise("rd-enterprise", code, "同心县断缓存测试有限公司");
        // With Redis up, once the index is loaded (a check answers 503 INDEX_LOADING before).
        eventually(() -> assertThat(check("rd-enterprise", "SCJG-002").json().path("standing").asString())
                .isEqualTo("NO_MEASURES"));
        String reviewer = issuer().staffToken("rd-reviewer", "640324000000", MARKET, "reviewer");
        REDIS.stop();

        Api.Reply listed = Bounded.within(BOUND, () -> postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县断缓存测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕RD-1号",
                 "start":"2026-01-01"}""".formatted(code, MARKET)));

        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        Api.Reply checked = Bounded.within(BOUND, () -> check("rd-enterprise", "SCJG-002"));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("standing").asString()).isEqualTo("RESTRICTIONS");
    }
}
