package cn.gov.platform.gateway.security;

import cn.gov.platform.support.security.SuspendedAccounts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Validates a token once and then remembers it, by its SHA-256 hash (the token itself is not
 * kept), until it expires: a caller's next requests skip parsing, the signature check and the
 * claim checks. Only success is remembered; a token that failed any check is checked again in
 * full the next time. The cache is bounded; the least useful entries go first. Whether the
 * token's account was suspended since it was issued is asked on every use, remembered or not.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final ReactiveJwtDecoder validator;
    private final Clock clock;
    private final Cache<TokenHash, Jwt> validated;
    private final SuspendedAccounts suspended;

    RememberedTokens(ReactiveJwtDecoder validator, Clock clock, int maxTokens, SuspendedAccounts suspended) {
        this.validator = validator;
        this.clock = clock;
        this.suspended = suspended;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(new UntilExpiry(clock))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        TokenHash hash = TokenHash.of(token);
        Jwt known = validated.getIfPresent(hash);
        if (known != null && stillValid(known)) {
            return notSuspended(known);
        }
        return validator.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null && stillValid(jwt)) {
                validated.put(hash, jwt);
            }
        }).flatMap(this::notSuspended);
    }

    private Mono<Jwt> notSuspended(Jwt jwt) {
        return suspended.refuses(jwt.getSubject(), jwt.getIssuedAt())
                ? Mono.error(new BadJwtException("The account is suspended"))
                : Mono.just(jwt);
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    long size() {
        return validated.estimatedSize();
    }

    /** The SHA-256 of a token, as four longs: cheap to compare and to hash. */
    record TokenHash(long a, long b, long c, long d) {

        static TokenHash of(String token) {
            MessageDigest digest = SHA256.get();
            ByteBuffer sum = ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
            return new TokenHash(sum.getLong(), sum.getLong(), sum.getLong(), sum.getLong());
        }
    }

    /** Each token is forgotten when it expires (by the platform's clock). */
    private record UntilExpiry(Clock clock) implements Expiry<TokenHash, Jwt> {

        @Override
        public long expireAfterCreate(TokenHash key, Jwt jwt, long currentTime) {
            Instant expiresAt = jwt.getExpiresAt();
            return expiresAt == null ? 0 : Math.max(0, Duration.between(clock.instant(), expiresAt).toNanos());
        }

        @Override
        public long expireAfterUpdate(TokenHash key, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(key, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(TokenHash key, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
