package cn.gov.platform.credit.calendar.infrastructure;

import cn.gov.platform.credit.calendar.application.RecomputationLedger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The recomputation's shared state in Redis: {@value #RECORDED} holds the official years of the
 * last completed recomputation ({@code 2026=1,2027=2}; empty text: none were official), and
 * {@value #LEASE} names the instance recomputing now (expires by itself after a crash). Losing both
 * (a flushed Redis) costs one more full pass, which moves nothing that is right already.
 */
class RedisRecomputationLedger implements RecomputationLedger {

    static final String RECORDED = "credit:calendar:recomputed";
    static final String LEASE = "credit:calendar:recompute-lease";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final String instance = UUID.randomUUID().toString();

    RedisRecomputationLedger(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Map<Integer, Integer>> recomputedFor() {
        String value = redis.opsForValue().get(RECORDED);
        return value == null ? Optional.empty() : Optional.of(parse(value));
    }

    @Override
    public void recorded(Map<Integer, Integer> versions) {
        redis.opsForValue().set(RECORDED, format(versions));
    }

    @Override
    public boolean tryLease(Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LEASE, instance, ttl));
    }

    @Override
    public void releaseLease() {
        redis.execute(RELEASE, List.of(LEASE), instance);
    }

    static String format(Map<Integer, Integer> versions) {
        return new TreeMap<>(versions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<Integer, Integer> parse(String value) {
        Map<Integer, Integer> versions = new TreeMap<>();
        if (value.isBlank()) {
            return versions;
        }
        for (String pair : value.split(",")) {
            int eq = pair.indexOf('=');
            versions.put(Integer.parseInt(pair.substring(0, eq).strip()), Integer.parseInt(pair.substring(eq + 1).strip()));
        }
        return versions;
    }
}
