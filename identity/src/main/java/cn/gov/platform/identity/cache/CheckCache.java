package cn.gov.platform.identity.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers to other services' checks, cached in Redis per group (the pair or person a change
 * affects) and dropped as a whole group on every change.
 *
 * <p>A check that read the store just before a change must not put its stale answer back after
 * the change invalidated the group. Each group therefore has a generation, read in the same
 * round trip as the lookup; the answer is written only if the generation is still the one read,
 * and a change increments it. Entries carry their own expiry because an answer may be true only
 * until a mandate's validity ends.
 *
 * <p>Redis failing must not stop a check: the answer is then computed from the store.
 */
public class CheckCache {

    private static final Logger log = LoggerFactory.getLogger(CheckCache.class);
    private static final String PREFIX = "identity:check:";

    // KEYS[1] = hash of answers, KEYS[2] = generation; ARGV[1] = field. Returns {answer, generation}.
    private static final DefaultRedisScript<List> LOOKUP = new DefaultRedisScript<>("""
            local a = redis.call('HGET', KEYS[1], ARGV[1])
            local g = redis.call('GET', KEYS[2])
            return {a or '', g or '0'}
            """, List.class);
    // KEYS as above; ARGV[1] = field, ARGV[2] = answer, ARGV[3] = generation read, ARGV[4] = ttl ms.
    private static final DefaultRedisScript<Long> STORE = new DefaultRedisScript<>("""
            local g = redis.call('GET', KEYS[2]) or '0'
            if g ~= ARGV[3] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
            return 1
            """, Long.class);
    private static final DefaultRedisScript<Long> INVALIDATE = new DefaultRedisScript<>("""
            redis.call('DEL', KEYS[1])
            return redis.call('INCR', KEYS[2])
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration maxTtl;
    private final MeterRegistry meters;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();

    public CheckCache(StringRedisTemplate redis, JsonMapper json, Clock clock, Duration maxTtl, MeterRegistry meters) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
        this.maxTtl = maxTtl;
        this.meters = meters;
    }

    /** An answer and how long it stays true at most. */
    public record Answer<T>(T value, Duration validFor) {
    }

    record Entry(String value, long expiresAt) {
    }

    /** The cached answer for {@code field} in {@code group}, or the computed one (then cached). */
    @SuppressWarnings("unchecked")
    public <T> T get(String check, String group, String field, Class<T> type, Supplier<Answer<T>> compute) {
        Counters c = counters(check);
        List<String> keys = List.of(PREFIX + check + ":" + group, PREFIX + check + ":" + group + ":gen");
        String generation = null;
        try {
            List<Object> found = redis.execute(LOOKUP, keys, field);
            generation = String.valueOf(found.get(1));
            String raw = String.valueOf(found.get(0));
            if (!raw.isEmpty()) {
                Entry entry = json.readValue(raw, Entry.class);
                if (entry.expiresAt() > clock.millis()) {
                    c.hits.increment();
                    return json.readValue(entry.value(), type);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Check cache unavailable for {}; answering from the store", check, e);
        }
        c.misses.increment();
        Answer<T> answer = compute.get();
        Duration ttl = answer.validFor().compareTo(maxTtl) > 0 ? maxTtl : answer.validFor();
        if (generation != null && ttl.toMillis() > 0) {
            try {
                Entry entry = new Entry(json.writeValueAsString(answer.value()), clock.millis() + ttl.toMillis());
                redis.execute(STORE, keys, field, json.writeValueAsString(entry), generation,
                        String.valueOf(maxTtl.toMillis()));
            } catch (RuntimeException e) {
                log.warn("Could not cache a {} answer", check, e);
            }
        }
        return answer.value();
    }

    /**
     * Drops every cached answer of the group. The change itself is already stored, so a Redis
     * failure here is logged and counted rather than failing the request: while Redis is down
     * nothing is read from it either, and the TTL bounds how long a missed drop can matter.
     */
    public void invalidate(String check, String group) {
        try {
            redis.execute(INVALIDATE, List.of(PREFIX + check + ":" + group, PREFIX + check + ":" + group + ":gen"));
        } catch (RuntimeException e) {
            meters.counter("identity.checks.cache.invalidation.failures", "check", check).increment();
            log.error("Could not drop cached {} answers; they expire within {}", check, maxTtl, e);
        }
    }

    private Counters counters(String check) {
        return counters.computeIfAbsent(check, name -> {
            Counter hits = Counter.builder("identity.checks.cache").tag("check", name).tag("outcome", "hit")
                    .description("Checks answered from the Redis cache").register(meters);
            Counter misses = Counter.builder("identity.checks.cache").tag("check", name).tag("outcome", "miss")
                    .description("Checks answered from the store").register(meters);
            Gauge.builder("identity.checks.cache.hit.ratio", () -> {
                double total = hits.count() + misses.count();
                return total == 0 ? 0 : hits.count() / total;
            }).tag("check", name).description("Share of checks answered from the cache since start").register(meters);
            return new Counters(hits, misses);
        });
    }

    private record Counters(Counter hits, Counter misses) {
    }
}
