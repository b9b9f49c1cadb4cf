package cn.gov.platform.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.support.RedisForTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;

class SuspendedAccountsTest {

    static final Instant SUSPENDED_AT = Instant.parse("2026-12-06T03:00:00.500Z");

    final StringRedisTemplate redis = RedisForTests.redis();
    final Clock clock = Clock.fixed(SUSPENDED_AT.plusSeconds(30), ZoneOffset.UTC);
    final String subject = "subject-" + UUID.randomUUID();

    private static Jwt token(String subject, Instant issuedAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(300)).build();
    }

    @Test
    void aTokenIssuedUpToTheSuspensionIsRefusedAndOneIssuedAfterItPasses() {
        SuspendedAccounts accounts = new SuspendedAccounts(redis, clock);
        SuspendedAccounts.suspend(redis, subject, SUSPENDED_AT);
        accounts.refresh();

        assertThat(accounts.refuses(subject, SUSPENDED_AT.minusSeconds(200))).isTrue();
        assertThat(accounts.refuses(subject, Instant.parse("2026-12-06T03:00:00Z"))).as("issued in the same second").isTrue();
        assertThat(accounts.refuses(subject, SUSPENDED_AT.plusSeconds(1))).as("issued after a reinstatement").isFalse();
        assertThat(accounts.refuses(subject, null)).as("no issue time: cannot be after").isTrue();
        assertThat(accounts.refuses("someone-else", SUSPENDED_AT.minusSeconds(10))).isFalse();
        assertThat(accounts.validator().validate(token(subject, SUSPENDED_AT.minusSeconds(10))).getErrors())
                .singleElement().satisfies(e -> assertThat(e.getErrorCode()).isEqualTo("invalid_token"));
        assertThat(accounts.validator().validate(token("someone-else", SUSPENDED_AT)).hasErrors()).isFalse();
    }

    @Test
    void everyInstanceTakesASuspensionAtItsNextPollAndOnlyWhenTheVersionMoved() {
        SuspendedAccounts first = new SuspendedAccounts(redis, clock);
        SuspendedAccounts second = new SuspendedAccounts(redis, clock);
        first.refresh();
        second.refresh();
        assertThat(first.refuses(subject, SUSPENDED_AT)).isFalse();

        SuspendedAccounts.suspend(redis, subject, SUSPENDED_AT);
        first.refresh();
        second.refresh();

        assertThat(first.refuses(subject, SUSPENDED_AT)).isTrue();
        assertThat(second.refuses(subject, SUSPENDED_AT)).isTrue();
        redis.opsForZSet().remove(SuspendedAccounts.KEY, subject); // without the version moving: not read again
        second.refresh();
        assertThat(second.refuses(subject, SUSPENDED_AT)).isTrue();
    }

    @Test
    void aSuspensionOlderThanAnyTokensLifetimeIsForgotten() {
        String old = "subject-old-" + UUID.randomUUID();
        SuspendedAccounts.suspend(redis, old, SUSPENDED_AT.minus(SuspendedAccounts.REMEMBERED).minusSeconds(60));
        SuspendedAccounts.suspend(redis, subject, SUSPENDED_AT);
        SuspendedAccounts accounts = new SuspendedAccounts(redis, clock);
        accounts.refresh();

        assertThat(redis.opsForZSet().score(SuspendedAccounts.KEY, old)).as("pruned by the newer suspension").isNull();
        assertThat(accounts.refuses(old, SUSPENDED_AT.minus(Duration.ofHours(2)))).isFalse();
        assertThat(accounts.refuses(subject, SUSPENDED_AT)).isTrue();
    }

    @Test
    void whileRedisIsUnreachableAnInstanceRefusesNothingNewAndNeverFails() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        factory.afterPropertiesSet();
        factory.start();
        try {
            SuspendedAccounts accounts = new SuspendedAccounts(new StringRedisTemplate(factory), clock);

            accounts.refresh();

            assertThat(accounts.loaded()).isFalse();
            assertThat(accounts.refuses(subject, SUSPENDED_AT)).isFalse();
        } finally {
            factory.destroy();
        }
    }
}
