package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.NumberSeries;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Serials from Redis {@code INCR}, one counter per series, county and year. Fast and unique as
 * long as Redis keeps its data; the store's unique indexes catch the day it does not.
 */
class RedisNumberSeries implements NumberSeries {

    // Raise the counter to the floor if it is below, atomically, so two instances resyncing agree.
    private static final RedisScript<Long> AT_LEAST = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
            return tonumber(redis.call('GET', KEYS[1]))
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisNumberSeries(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String series, String county, int year) {
        return "intake:seq:" + series + ":" + county + ":" + year;
    }

    @Override
    public long next(String series, String county, int year) {
        Long value = redis.opsForValue().increment(key(series, county, year));
        if (value == null) {
            throw new IllegalStateException("Redis returned no value for INCR");
        }
        return value;
    }

    @Override
    public void atLeast(String series, String county, int year, long floor) {
        redis.execute(AT_LEAST, List.of(key(series, county, year)), String.valueOf(floor));
    }
}
