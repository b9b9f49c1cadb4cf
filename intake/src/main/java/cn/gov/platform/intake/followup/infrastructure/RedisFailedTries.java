package cn.gov.platform.intake.followup.infrastructure;

import cn.gov.platform.intake.followup.application.FailedTries;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Wrong tries in Redis ({@code intake:follow-up:failures:<number>}), shared by every instance: read, and
 * for a wrong try of an unlocked number INCR with an expiry of the window on the first, in one script,
 * so a counter never outlives its window and every try is one round trip.
 */
class RedisFailedTries implements FailedTries {

    private static final String PREFIX = "intake:follow-up:failures:";
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SETTLE = RedisScript.of("""
            local before = tonumber(redis.call('GET', KEYS[1]) or '0')
            local after = before
            if ARGV[1] == '1' and before < tonumber(ARGV[3]) then
              after = redis.call('INCR', KEYS[1])
              if after == 1 or redis.call('PTTL', KEYS[1]) < 0 then
                redis.call('PEXPIRE', KEYS[1], ARGV[2])
              end
            end
            return {before, after, redis.call('PTTL', KEYS[1])}
            """, List.class);

    private final StringRedisTemplate redis;

    RedisFailedTries(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Settled settle(String reference, boolean wrong, int limit, Duration window) {
        List<?> answer = redis.execute(SETTLE, List.of(PREFIX + reference), wrong ? "1" : "0",
                String.valueOf(window.toMillis()), String.valueOf(limit));
        if (answer == null || answer.size() < 3) {
            throw new IllegalStateException("Redis answered the follow-up's count with nothing");
        }
        long ttl = ((Number) answer.get(2)).longValue();
        return new Settled(((Number) answer.get(0)).longValue(), ((Number) answer.get(1)).longValue(),
                Duration.ofMillis(Math.max(ttl, 0)));
    }
}
