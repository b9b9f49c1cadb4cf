package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.certificates.registry.domain.NumberSequence;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Serials from Redis INCR, one counter per prefix and year; the store's unique id guards against a reset. */
public final class RedisNumberSequence implements NumberSequence {

    private final StringRedisTemplate redis;

    public RedisNumberSequence(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public long next(String prefix, int year) {
        Long value = redis.opsForValue().increment("certificates:seq:" + prefix + ":" + year);
        if (value == null) {
            throw new IllegalStateException("Redis returned no serial");
        }
        return value;
    }
}
