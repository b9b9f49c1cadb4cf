package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.Lease;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The recomputation lease: a Redis key holding the id of the instance at work, expiring by itself.
 * Taking it again while holding it extends it; only the holder may release it.
 */
class RedisLease implements Lease {

    static final String KEY = "intake:calendar:recompute:lease";
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local holder = redis.call('GET', KEYS[1])
            if holder == false or holder == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0""", Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final Duration duration;
    private final String instance = UUID.randomUUID().toString();

    RedisLease(StringRedisTemplate redis, Duration duration) {
        this.redis = redis;
        this.duration = duration;
    }

    @Override
    public boolean acquire() {
        Long taken = redis.execute(TAKE, List.of(KEY), instance, String.valueOf(duration.toMillis()));
        return taken != null && taken == 1L;
    }

    @Override
    public void release() {
        redis.execute(RELEASE, List.of(KEY), instance);
    }
}
