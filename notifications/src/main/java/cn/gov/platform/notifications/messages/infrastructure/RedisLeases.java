package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.Leases;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** {@code SET key owner NX PX}: one holder at a time, released only by its holder, gone by itself if the holder dies. */
class RedisLeases implements Leases {

    private static final String PREFIX = "notifications:lease:";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", Long.class);

    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;

    RedisLeases(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean acquire(String messageId, String owner, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(PREFIX + messageId, owner, ttl));
    }

    @Override
    public void release(String messageId, String owner) {
        redis.execute(RELEASE, List.of(PREFIX + messageId), owner);
    }

    @Override
    public boolean renew(String messageId, String owner, Duration ttl) {
        Long renewed = redis.execute(RENEW, List.of(PREFIX + messageId), owner, String.valueOf(ttl.toMillis()));
        return renewed != null && renewed == 1L;
    }

    @Override
    public boolean isHeld(String messageId) {
        return Boolean.TRUE.equals(redis.hasKey(PREFIX + messageId));
    }
}
