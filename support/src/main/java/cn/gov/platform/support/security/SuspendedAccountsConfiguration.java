package cn.gov.platform.support.security;

import cn.gov.platform.support.time.Polling;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@link SuspendedAccounts} in every service and the gateway: read before the service takes
 * traffic, then every {@code platform.security.suspended-accounts.poll} (default 1 s) on one small
 * thread. Gauge {@code platform.accounts.suspended}: the suspensions this instance holds.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@ConditionalOnClass({StringRedisTemplate.class, Jwt.class})
@ConditionalOnBean(StringRedisTemplate.class)
public class SuspendedAccountsConfiguration {

    @Bean
    SuspendedAccounts suspendedAccounts(StringRedisTemplate redis, Clock clock, ObjectProvider<MeterRegistry> meters) {
        SuspendedAccounts accounts = new SuspendedAccounts(redis, clock);
        meters.ifAvailable(registry -> Gauge.builder("platform.accounts.suspended", accounts, SuspendedAccounts::size)
                .description("Suspended accounts this instance refuses the tokens of").register(registry));
        return accounts;
    }

    @Bean
    SmartLifecycle suspendedAccountsPolling(SuspendedAccounts accounts,
            @Value("${platform.security.suspended-accounts.poll:1s}") Duration poll) {
        return new Polling("suspended-accounts", accounts::refresh, poll);
    }
}
