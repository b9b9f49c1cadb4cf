package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.TokenRefusals;
import cn.gov.platform.support.security.SuspendedAccounts;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The refusals in the platform's list of suspended accounts, which every instance polls
 * ({@link SuspendedAccounts}). The instance that records a suspension reads the list again at once,
 * so that it refuses the account's tokens from its answer on, not from its next poll.
 */
public class RedisTokenRefusals implements TokenRefusals {

    private final StringRedisTemplate redis;
    private final @Nullable SuspendedAccounts own;

    public RedisTokenRefusals(StringRedisTemplate redis, @Nullable SuspendedAccounts own) {
        this.redis = redis;
        this.own = own;
    }

    @Override
    public void refuseIssuedUntil(String subject, Instant at) {
        SuspendedAccounts.suspend(redis, subject, at);
        if (own != null) {
            own.refresh();
        }
    }
}
