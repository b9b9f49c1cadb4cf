package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.certificates.registry.domain.NumberSequence;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Serials from Redis INCR, one counter per prefix and year; the store's unique id guards against a reset. */
public final class RedisNumberSequence implements NumberSequence {

    /** Raises the counter to ARGV[1] unless it is there already, in one step (two instances may recover at once). */
    private static final RedisScript<Long> AT_LEAST = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            local floor = tonumber(ARGV[1])
            if current < floor then
              redis.call('SET', KEYS[1], ARGV[1])
              return floor
            end
            return current""", Long.class);

    private final StringRedisTemplate redis;

    public RedisNumberSequence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public long next(String prefix, int year) {
        Long value = redis.opsForValue().increment(key(prefix, year));
        if (value == null) {
            throw new IllegalStateException("Redis returned no serial");
        }
        return value;
    }

    @Override
    public void atLeast(String prefix, int year, long used) {
        redis.execute(AT_LEAST, List.of(key(prefix, year)), Long.toString(used));
    }

    private static String key(String prefix, int year) {
        return "certificates:seq:" + prefix + ":" + year;
    }
}
