package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.TokenRefusals;
import cn.gov.platform.support.security.SuspendedAccounts;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The refusals in the platform's list of suspended accounts, which every instance polls ({@link SuspendedAccounts}). */
public class RedisTokenRefusals implements TokenRefusals {

    private final StringRedisTemplate redis;

    public RedisTokenRefusals(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void refuseIssuedUntil(String subject, Instant at) {
        SuspendedAccounts.suspend(redis, subject, at);
    }
}
