package cn.gov.platform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.support.security.SuspendedAccounts;
import cn.gov.platform.testkit.TestPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class RememberedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    final MovableClock clock = new MovableClock(NOW);
    final Validator validator = new Validator();
    final StringRedisTemplate redis = redis();
    final SuspendedAccounts suspended = new SuspendedAccounts(redis, clock);
    final RememberedTokens tokens = new RememberedTokens(validator, clock, 100, suspended);

    private static StringRedisTemplate redis() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", TestPlatform.get().redis().port()));
        factory.afterPropertiesSet();
        factory.start();
        return new StringRedisTemplate(factory);
    }

    @Test
    void aRememberedTokenWhoseAccountIsThenSuspendedIsRefusedOnItsNextUse() {
        validator.subject = "alice-" + java.util.UUID.randomUUID();
        Jwt first = tokens.decode("token-s").block();
        assertThat(first).isNotNull();

        SuspendedAccounts.suspend(redis, validator.subject, NOW);
        suspended.refresh();

        assertThatThrownBy(() -> tokens.decode("token-s").block()).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("suspended");
        assertThat(validator.checked).as("refused from memory, without checking the signature again")
                .containsExactly("token-s");
        assertThatThrownBy(() -> tokens.decode("token-t").block()).as("a token seen for the first time too")
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void checksATokenInFullOnFirstSightThenAnswersFromMemoryUntilItExpires() {
        validator.expiresIn = Duration.ofMinutes(5);

        Jwt first = tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();

        assertThat(validator.checked).containsExactly("token-a");
        assertThat(second).isSameAs(first);

        clock.now = NOW.plus(Duration.ofMinutes(5));
        tokens.decode("token-a").block();

        assertThat(validator.checked).containsExactly("token-a", "token-a");
    }

    @Test
    void neverRemembersAFailureAsASuccess() {
        validator.fail = true;
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(validator.checked).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void tellsTokensApartByTheirWholeContent() {
        validator.expiresIn = Duration.ofMinutes(5);
        tokens.decode("header.claims.signature-1").block();

        validator.fail = true;

        assertThatThrownBy(() -> tokens.decode("header.claims.signature-2").block())
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void doesNotRememberATokenThatIsAlreadyPastItsExpiryWithinTheToleratedSkew() {
        validator.expiresIn = Duration.ofSeconds(-2);

        tokens.decode("short-lived").block();
        tokens.decode("short-lived").block();

        assertThat(validator.checked).hasSize(2);
    }

    /** Stands in for the signature and claim checks. */
    final class Validator implements ReactiveJwtDecoder {

        final List<String> checked = new ArrayList<>();
        Duration expiresIn = Duration.ofMinutes(5);
        String subject = "alice";
        boolean fail;

        @Override
        public Mono<Jwt> decode(String token) {
            checked.add(token);
            if (fail) {
                return Mono.error(new BadJwtException("bad signature"));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(subject)
                    .issuedAt(clock.instant().minusSeconds(10)).expiresAt(clock.instant().plus(expiresIn)).build());
        }
    }

    static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
