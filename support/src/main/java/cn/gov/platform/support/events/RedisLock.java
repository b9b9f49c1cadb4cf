package cn.gov.platform.support.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A lock in Redis held by one owner at a time: taken with SET NX and a time to live, renewed and
 * released only by its owner (compare-and-set scripts), freed by itself if its owner died. Used by
 * the outbox relays and by services' scheduled jobs that one instance at a time must run.
 */
public final class RedisLock {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final Duration ttl;
    private final String owner = UUID.randomUUID().toString();
    private long renewedAt;

    public RedisLock(StringRedisTemplate redis, String key, Duration ttl) {
        this.redis = redis;
        this.key = key;
        this.ttl = ttl;
    }

    public boolean acquire() {
        boolean mine = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, owner, ttl));
        renewedAt = System.nanoTime();
        return mine;
    }

    /** Still ours? Renews the time to live once a third of it has passed; false if another owner has it now. */
    public boolean keep() {
        if (System.nanoTime() - renewedAt < ttl.toNanos() / 3) {
            return true;
        }
        Long renewed = redis.execute(RENEW, List.of(key), owner, String.valueOf(ttl.toMillis()));
        renewedAt = System.nanoTime();
        return renewed != null && renewed == 1L;
    }

    public void release() {
        redis.execute(RELEASE, List.of(key), owner);
    }

    public String key() {
        return key;
    }
}
