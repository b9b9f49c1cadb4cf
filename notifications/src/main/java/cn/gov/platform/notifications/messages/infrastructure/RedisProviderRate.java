package cn.gov.platform.notifications.messages.infrastructure;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A provider's messages-per-second limit for all instances together: the generic cell rate
 * algorithm in Redis, with a burst tolerance of one interval. A caller is let through when the
 * provider's "theoretical arrival time" (TAT) is at most one interval ahead, and moves it one
 * interval on; otherwise it is told how long to wait and asks again. A permit is granted at the
 * moment Redis answers, never reserved for later, so a sender that wakes late cannot crowd the
 * provider with others that woke late too. Redis's own clock is used, so instances' clocks do not
 * matter.
 *
 * <p>Why the tolerance (issue 21, point 5): without it, a waiter that woke a little after the TAT
 * moved it to "now + interval", so every late wake-up was lost for everyone; with 32 senders waiting,
 * dispatch ran at 9.7 SMS/s against a configured 50/s. (Reserving each caller a future slot instead
 * was tried and dropped: on a busy machine the sleepers woke together, and the provider received 68
 * messages in one second.) With the tolerance, a waiter that is late by less than one interval takes
 * its turn without losing time.
 *
 * <p>In any one second, permits are at most {@code 1 s / interval + 2}: the interval carries a margin
 * ({@link #MARGIN}: at 50/s, 47.6 a second) so that this stays within the provider's rate.
 */
class RedisProviderRate {

    /** Permits are this much further apart than 1/rate. */
    static final double MARGIN = 1.05;

    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
            local interval = tonumber(ARGV[1])
            if tat - now > interval then return tat - interval - now end
            redis.call('SET', KEYS[1], string.format('%.0f', math.max(tat, now) + interval), 'PX', 60000)
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisProviderRate(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Blocks until this caller may send one message to {@code provider}. */
    void acquire(String provider, int ratePerSecond) {
        String key = "notifications:provider-rate:" + provider;
        String interval = String.valueOf(intervalMicros(ratePerSecond));
        while (true) {
            Long waitMicros = redis.execute(TAKE, List.of(key), interval);
            if (waitMicros == null || waitMicros <= 0) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(waitMicros));
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for the provider's rate");
            }
        }
    }

    static long intervalMicros(int ratePerSecond) {
        return (long) Math.ceil(1_000_000d * MARGIN / ratePerSecond);
    }
}
