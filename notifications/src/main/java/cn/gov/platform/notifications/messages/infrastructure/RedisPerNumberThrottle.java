package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.PerNumberThrottle;
import cn.gov.platform.notifications.messages.domain.PerNumberLimits;
import cn.gov.platform.notifications.messages.domain.Phone;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The per-number caps in Redis: a sorted set per number of the recent sends (member = message id,
 * score = time). {@link PerNumberLimits} decides; the reservation is written only if nobody added
 * a send meanwhile (optimistic: the script compares the count it was decided on), else decided
 * again. The key is a hash of the number, so Redis never holds a phone number.
 */
class RedisPerNumberThrottle implements PerNumberThrottle {

    private static final String PREFIX = "notifications:per-number:";
    /** Drop sends older than the horizon; add only if the set still has ARGV[2] members. */
    private static final RedisScript<Long> ADD_IF_UNCHANGED = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            if redis.call('ZCARD', KEYS[1]) ~= tonumber(ARGV[2]) then return 0 end
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final PerNumberLimits limits;
    private final byte[] salt;

    RedisPerNumberThrottle(StringRedisTemplate redis, PerNumberLimits limits, String salt) {
        this.redis = redis;
        this.limits = limits;
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Instant> reserve(Phone phone, String messageId, Instant now) {
        String key = key(phone);
        long horizon = limits.horizon().toMillis();
        String cutoff = String.valueOf(now.toEpochMilli() - horizon);
        for (int attempt = 0; attempt < 10; attempt++) {
            redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, now.toEpochMilli() - horizon);
            var entries = redis.opsForZSet().rangeWithScores(key, 0, -1);
            List<Instant> sends = entries == null ? List.of() : entries.stream()
                    .filter(e -> !messageId.equals(e.getValue()))
                    .map(ZSetOperations.TypedTuple::getScore).filter(java.util.Objects::nonNull)
                    .map(s -> Instant.ofEpochMilli(s.longValue())).toList();
            if (entries != null && entries.stream().anyMatch(e -> messageId.equals(e.getValue()))) {
                return Optional.empty(); // already reserved by an earlier attempt of this message
            }
            Optional<Instant> later = limits.notBefore(sends, now);
            if (later.isPresent()) {
                return later;
            }
            Long added = redis.execute(ADD_IF_UNCHANGED, List.of(key), cutoff, String.valueOf(sends.size()),
                    String.valueOf(now.toEpochMilli()), messageId, String.valueOf(horizon));
            if (added != null && added == 1L) {
                return Optional.empty();
            }
        }
        return Optional.of(now.plusSeconds(1)); // heavy contention on one number: try again shortly
    }

    @Override
    public void cancel(Phone phone, String messageId) {
        redis.opsForZSet().remove(key(phone), messageId);
    }

    private String key(Phone phone) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return PREFIX + HexFormat.of().formatHex(sha.digest(phone.digits().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
