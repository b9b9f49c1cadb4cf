package cn.gov.platform.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accounts an administrator suspended, refused by the gateway and by every service within a
 * second or two instead of when their access token expires. Identity disables the account at the
 * identity provider (no new token, no renewal, its sessions ended) and then {@link #suspend
 * records} the suspension here: a sorted set in Redis, subject by the time of the suspension, and
 * a version key. Each instance reads the version every {@code poll} and reloads the set when it
 * moved. A token is refused when its subject was suspended at or after the token was issued, so
 * the tokens of an account reinstated later pass, and its old ones never again.
 *
 * <p>Suspensions older than {@link #REMEMBERED} leave the set: no access token lives that long
 * (the realm's live 5 minutes), and the identity provider refuses the account new ones. While
 * Redis is unreachable an instance keeps the set it holds and says so once in the log; an
 * account suspended meanwhile is refused when its token expires at the latest.
 */
public final class SuspendedAccounts {

    public static final String KEY = "platform:accounts:suspended";
    public static final String VERSION_KEY = "platform:accounts:suspended:version";
    /** How long a suspension is kept in the set: well beyond the longest access token's lifetime. */
    public static final Duration REMEMBERED = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(SuspendedAccounts.class);
    private static final OAuth2Error SUSPENDED = new OAuth2Error("invalid_token", "The account is suspended", null);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile Map<String, Instant> suspended = Map.of();
    private @Nullable String seenVersion;
    private boolean loaded;

    public SuspendedAccounts(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Records that {@code subject} was suspended at {@code at} and tells every instance (the owner of
     * accounts calls it after disabling the account at the identity provider).
     */
    public static void suspend(StringRedisTemplate redis, String subject, Instant at) {
        redis.opsForZSet().add(KEY, subject, at.toEpochMilli());
        redis.opsForZSet().removeRangeByScore(KEY, Double.NEGATIVE_INFINITY, at.minus(REMEMBERED).toEpochMilli());
        redis.opsForValue().increment(VERSION_KEY);
    }

    /** Whether a token of {@code subject} issued at {@code issuedAt} (unknown: null) is refused. */
    public boolean refuses(@Nullable String subject, @Nullable Instant issuedAt) {
        Instant at = subject == null ? null : suspended.get(subject);
        return at != null && (issuedAt == null || !issuedAt.isAfter(at));
    }

    /** The check as one of a token's validators: a suspended account's token is not valid. */
    public OAuth2TokenValidator<Jwt> validator() {
        return jwt -> refuses(jwt.getSubject(), jwt.getIssuedAt())
                ? OAuth2TokenValidatorResult.failure(SUSPENDED)
                : OAuth2TokenValidatorResult.success();
    }

    /** How many suspensions this instance holds. */
    public int size() {
        return suspended.size();
    }

    /** Whether this instance has read the set at least once. */
    public synchronized boolean loaded() {
        return loaded;
    }

    /** One poll: reloads when the version moved or nothing was read yet. */
    public synchronized void refresh() {
        String version;
        try {
            version = redis.opsForValue().get(VERSION_KEY);
        } catch (RuntimeException e) {
            warnOnce(e);
            return;
        }
        if (!loaded || !Objects.equals(version, seenVersion)) {
            reload(version);
        }
    }

    private void reload(@Nullable String version) {
        Set<TypedTuple<String>> entries;
        try {
            entries = redis.opsForZSet().rangeByScoreWithScores(KEY,
                    clock.instant().minus(REMEMBERED).toEpochMilli(), Double.POSITIVE_INFINITY);
        } catch (RuntimeException e) {
            warnOnce(e);
            return;
        }
        Map<String, Instant> read = new HashMap<>();
        if (entries != null) {
            for (TypedTuple<String> entry : entries) {
                if (entry.getValue() != null && entry.getScore() != null) {
                    read.put(entry.getValue(), Instant.ofEpochMilli(entry.getScore().longValue()));
                }
            }
        }
        suspended = Map.copyOf(read);
        seenVersion = version;
        loaded = true;
        if (failing.compareAndSet(true, false)) {
            log.info("Suspended accounts: reading them again ({} held)", read.size());
        }
    }

    private void warnOnce(RuntimeException e) {
        if (failing.compareAndSet(false, true)) {
            log.warn("Suspended accounts: cannot read them ({}); keeping the {} held, tokens expire within their lifetime",
                    e.getClass().getSimpleName(), suspended.size());
        }
    }
}
