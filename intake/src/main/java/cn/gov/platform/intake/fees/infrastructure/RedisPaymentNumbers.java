package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.PaymentNumbers;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Payment serials from Redis {@code INCR} per county and year; the notices' unique index catches a reset. */
class RedisPaymentNumbers implements PaymentNumbers {

    private static final RedisScript<Long> AT_LEAST = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
            return tonumber(redis.call('GET', KEYS[1]))
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisPaymentNumbers(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(String county, int year) {
        return "intake:seq:payment:" + county + ":" + year;
    }

    @Override
    public long next(String county, int year) {
        Long value = redis.opsForValue().increment(key(county, year));
        if (value == null) {
            throw new IllegalStateException("Redis returned no value for INCR");
        }
        return value;
    }

    @Override
    public void atLeast(String county, int year, long floor) {
        redis.execute(AT_LEAST, List.of(key(county, year)), String.valueOf(floor));
    }
}
