package cn.gov.platform.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.support.RedisForTests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberingJwtDecoderTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    final MovableClock clock = new MovableClock();
    final Validator validator = new Validator();
    final StringRedisTemplate redis = RedisForTests.redis();
    final SuspendedAccounts suspended = new SuspendedAccounts(redis, clock);
    final TokenMemory memory = new TokenMemory(clock, 100);
    final RememberingJwtDecoder tokens = new RememberingJwtDecoder(validator, memory, suspended);

    @Test
    void checksATokenInFullOnFirstSightThenAnswersFromMemoryUntilItExpires() {
        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(validator.checked).containsExactly("token-a");
        assertThat(second).isSameAs(first);

        clock.now = NOW.plus(Duration.ofMinutes(5));
        tokens.decode("token-a");

        assertThat(validator.checked).containsExactly("token-a", "token-a");
    }

    @Test
    void neverRemembersAFailureAsASuccess() {
        validator.fail = true;
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(validator.checked).containsExactly("forged", "forged");
        assertThat(memory.size()).isZero();
    }

    @Test
    void tellsTokensApartByTheirWholeContent() {
        tokens.decode("header.claims.signature-1");
        validator.fail = true;

        assertThatThrownBy(() -> tokens.decode("header.claims.signature-2")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aRememberedTokenWhoseAccountIsThenSuspendedIsRefusedOnItsNextUse() {
        validator.subject = "alice-" + UUID.randomUUID();
        tokens.decode("token-s");

        SuspendedAccounts.suspend(redis, validator.subject, NOW);
        suspended.refresh();

        assertThatThrownBy(() -> tokens.decode("token-s")).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("suspended");
        assertThat(validator.checked).as("refused from memory, without checking the signature again")
                .containsExactly("token-s");
    }

    @Test
    void doesNotRememberATokenAlreadyPastItsExpiry() {
        validator.expiresIn = Duration.ofSeconds(-2);

        tokens.decode("short-lived");
        tokens.decode("short-lived");

        assertThat(validator.checked).hasSize(2);
    }

    @Test
    void keepsOnlyTheHashOfEachToken() {
        assertThat(TokenMemory.TokenHash.of("eyJ.secret.sig").toString()).doesNotContain("secret");
        assertThat(TokenMemory.TokenHash.of("a")).isEqualTo(TokenMemory.TokenHash.of("a"))
                .isNotEqualTo(TokenMemory.TokenHash.of("b"));
    }

    /** Stands in for the signature and claim checks. */
    final class Validator implements JwtDecoder {

        final List<String> checked = new ArrayList<>();
        boolean fail;
        String subject = "alice";
        Duration expiresIn = Duration.ofMinutes(5);

        @Override
        public Jwt decode(String token) {
            checked.add(token);
            if (fail) {
                throw new BadJwtException("signature does not match");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(subject).issuedAt(NOW.minusSeconds(10))
                    .expiresAt(NOW.plus(expiresIn)).build();
        }
    }

    static final class MovableClock extends Clock {

        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
