package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.PerNumberThrottle;
import cn.gov.platform.notifications.messages.domain.PerNumberLimits;
import cn.gov.platform.notifications.messages.domain.Phone;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The per-number caps in Redis, per number: a sorted set of the recent sends and one of the places
 * held by messages waiting for the caps (member = message id, score = time), and a version counter.
 * {@link PerNumberLimits} decides where a message goes; the decision is written only if nobody
 * changed the number's schedule meanwhile (the script compares and raises the version), else
 * decided again. The keys are a hash of the number, so Redis never holds a phone number.
 */
class RedisPerNumberThrottle implements PerNumberThrottle {

    private static final String PREFIX = "notifications:per-number:";
    /**
     * KEYS: sends, waiting places, version. ARGV: the version read, "sent" or "waiting", the time,
     * the message id, the expiry in milliseconds.
     */
    private static final RedisScript<Long> PLACE_IF_UNCHANGED = RedisScript.of("""
            if (redis.call('GET', KEYS[3]) or '0') ~= ARGV[1] then return 0 end
            if ARGV[2] == 'sent' then
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
              redis.call('ZREM', KEYS[2], ARGV[4])
            else
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
            end
            redis.call('INCR', KEYS[3])
            for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
            return 1
            """, Long.class);
    /** KEYS: sends, waiting places, version. ARGV: the message id. */
    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            local removed = redis.call('ZREM', KEYS[1], ARGV[1]) + redis.call('ZREM', KEYS[2], ARGV[1])
            if removed > 0 then redis.call('INCR', KEYS[3]) end
            return removed
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
        List<String> keys = keys(phone);
        long horizon = limits.horizon().toMillis();
        for (int attempt = 0; attempt < 10; attempt++) {
            // Sends older than every window decide nothing, nor do places that old (their message went another
            // way: failed, no phone any more); dropping them needs no new version.
            redis.opsForZSet().removeRangeByScore(keys.get(0), Double.NEGATIVE_INFINITY, now.toEpochMilli() - horizon);
            redis.opsForZSet().removeRangeByScore(keys.get(1), Double.NEGATIVE_INFINITY, now.toEpochMilli() - horizon);
            String version = Objects.requireNonNullElse(redis.opsForValue().get(keys.get(2)), "0");
            Map<String, Instant> sent = times(keys.get(0));
            if (sent.containsKey(messageId)) {
                return Optional.empty(); // an earlier attempt of this message went: the provider sees its id again
            }
            Map<String, Instant> waiting = times(keys.get(1));
            Optional<Instant> own = Optional.ofNullable(waiting.remove(messageId));
            Instant place = limits.place(List.copyOf(sent.values()), List.copyOf(waiting.values()), own, now);
            boolean goesNow = !place.isAfter(now);
            if (!goesNow && own.isPresent() && own.get().equals(place)) {
                return Optional.of(place);
            }
            Instant latest = waiting.values().stream().max(Comparator.naturalOrder()).filter(place::isBefore).orElse(place);
            long expiry = Math.max(0, latest.toEpochMilli() - now.toEpochMilli()) + horizon;
            Long placed = redis.execute(PLACE_IF_UNCHANGED, keys, version, goesNow ? "sent" : "waiting",
                    String.valueOf((goesNow ? now : place).toEpochMilli()), messageId, String.valueOf(expiry));
            if (placed != null && placed == 1L) {
                return goesNow ? Optional.empty() : Optional.of(place);
            }
        }
        return Optional.of(now.plusSeconds(1)); // heavy contention on one number: try again shortly
    }

    @Override
    public void cancel(Phone phone, String messageId) {
        redis.execute(REMOVE, keys(phone), messageId);
    }

    private Map<String, Instant> times(String key) {
        Map<String, Instant> times = new HashMap<>();
        for (ZSetOperations.TypedTuple<String> entry : Objects.requireNonNullElse(
                redis.opsForZSet().rangeWithScores(key, 0, -1), Set.<ZSetOperations.TypedTuple<String>>of())) {
            times.put(entry.getValue(), Instant.ofEpochMilli(Objects.requireNonNull(entry.getScore()).longValue()));
        }
        return times;
    }

    private List<String> keys(Phone phone) {
        String key = key(phone);
        return List.of(key, key + ":waiting", key + ":version");
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
