package cn.gov.platform.support.security;

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
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens that passed every check, remembered by their SHA-256 hash (the token itself is not kept)
 * until they expire, so that a caller's next requests skip parsing, the signature check and the
 * claim checks (issue 21: that was 14 % of identity's CPU per internal call and 5 % of intake's per
 * filing). Only success is remembered; a token that failed any check is checked in full again next
 * time. Bounded; the least useful entries go first. What can change during a token's life (its
 * account being suspended) is not remembered: the decoders ask {@link SuspendedAccounts} on every use.
 * Used by the gateway's reactive decoder and the services' servlet decoder alike.
 */
public final class TokenMemory {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Clock clock;
    private final Cache<TokenHash, Jwt> validated;

    public TokenMemory(Clock clock, int maxTokens) {
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(new UntilExpiry(clock))
                .build();
    }

    /** The validated token for this text, if it was remembered and has not expired. */
    public @Nullable Jwt recall(String token) {
        Jwt known = validated.getIfPresent(TokenHash.of(token));
        return known != null && unexpired(known) ? known : null;
    }

    /** Remembers a token that has just passed every check, if it carries an expiry still ahead. */
    public void remember(String token, Jwt jwt) {
        if (unexpired(jwt)) {
            validated.put(TokenHash.of(token), jwt);
        }
    }

    public long size() {
        validated.cleanUp();
        return validated.estimatedSize();
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
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
