package cn.gov.platform.intake.followup.infrastructure;

import cn.gov.platform.intake.followup.application.FailedTries;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Wrong tries in Redis ({@code intake:follow-up:failures:<number>}), shared by every instance: INCR, and
 * on the first one an expiry of the window, in one script so a counter never outlives its window.
 */
class RedisFailedTries implements FailedTries {

    private static final String PREFIX = "intake:follow-up:failures:";
    private static final RedisScript<Long> RECORD = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return n
            """, Long.class);
    private static final RedisScript<List> READ = RedisScript.of("""
            return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1])}
            """, List.class);

    private final StringRedisTemplate redis;

    RedisFailedTries(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Count of(String reference) {
        List<?> answer = redis.execute(READ, List.of(PREFIX + reference));
        long failures = answer == null || answer.isEmpty() ? 0 : ((Number) answer.get(0)).longValue();
        long ttl = answer == null || answer.size() < 2 ? -1 : ((Number) answer.get(1)).longValue();
        return new Count(failures, Duration.ofMillis(Math.max(ttl, 0)));
    }

    @Override
    public long record(String reference, Duration window) {
        Long n = redis.execute(RECORD, List.of(PREFIX + reference), String.valueOf(window.toMillis()));
        return n == null ? 0 : n;
    }
}
