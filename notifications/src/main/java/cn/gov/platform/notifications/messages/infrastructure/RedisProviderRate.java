package cn.gov.platform.notifications.messages.infrastructure;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A provider's messages-per-second limit for all instances together: the generic cell rate
 * algorithm in Redis, without burst. Each permit moves the provider's "theoretical arrival time"
 * one interval (1/rate) ahead, and a caller whose turn has not come waits; so permits are at
 * least one interval apart and no one-second window ever holds more than {@code rate} of them
 * (rate + 1 on a closed window). Redis's own clock is used, so instances' clocks do not matter.
 */
class RedisProviderRate {

    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
            if tat > now then return tat - now end
            redis.call('SET', KEYS[1], tostring(now + tonumber(ARGV[1])), 'PX', 60000)
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisProviderRate(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Blocks until this caller may send one message to {@code provider}. */
    void acquire(String provider, int ratePerSecond) {
        String key = "notifications:provider-rate:" + provider;
        String intervalMicros = String.valueOf(1_000_000L / ratePerSecond);
        while (true) {
            Long waitMicros = redis.execute(TAKE, List.of(key), intervalMicros);
            if (waitMicros == null || waitMicros <= 0) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(waitMicros));
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for the provider's rate");
            }
        }
    }
}
