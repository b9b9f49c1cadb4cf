package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.ReconciliationLock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** {@code SET NX PX} on {@code intake:lock:payments:reconciliation}, released only by its holder. */
class RedisReconciliationLock implements ReconciliationLock {

    private static final String KEY = "intake:lock:payments:reconciliation";
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration lease;

    RedisReconciliationLock(StringRedisTemplate redis, Duration lease) {
        this.redis = redis;
        this.lease = lease;
    }

    @Override
    public <T> T holding(Supplier<T> work, Supplier<T> busy) {
        String token = UUID.randomUUID().toString();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(KEY, token, lease))) {
            return busy.get();
        }
        try {
            return work.get();
        } finally {
            redis.execute(RELEASE, List.of(KEY), token);
        }
    }
}
