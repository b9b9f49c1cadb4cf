package cn.gov.platform.support.timeouts;

import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The store's driver gives up instead of waiting: finding a server (its default is 30 s, which is
 * how a stopped store used to hang requests), connecting, and reading an answer. The values are
 * {@code platform.store.*} in platform-defaults.yml, below the gateway's 15 s response timeout;
 * the problem handler answers the resulting failure with 503 and {@code Retry-After}. Redis's
 * command and connect timeouts are Boot's {@code spring.data.redis.timeout} and
 * {@code connect-timeout}, set in the same file.
 */
@AutoConfiguration
public class StoreTimeoutsConfiguration {

    /**
     * Lettuce queues the commands of a dropped connection until it reconnects, so every Redis call
     * made while Redis is stopped waited for the command timeout, one after another in a request;
     * here they are refused at once (the problem handler answers 503, best-effort calls such as
     * outbox hints go on without). And Lettuce reconnects with a backoff that grows to 30 s, so a
     * service went on refusing for half a minute after Redis came back; here it tries again at
     * most every 2 s.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientResourcesBuilderCustomizer.class)
    static class RedisReconnect {

        @Bean
        LettuceClientOptionsBuilderCustomizer redisRefusesWhileDisconnected() {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }

        @Bean
        ClientResourcesBuilderCustomizer redisReconnectDelay(
                @Value("${platform.redis.reconnect-at-most-every:2s}") Duration atMost) {
            return resources -> resources.reconnectDelay(
                    Delay.exponential(Duration.ofMillis(100), atMost, 2, TimeUnit.MILLISECONDS));
        }
    }

    /** The store's driver timeouts, applied after Boot's customizer (which applies the connection string). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class})
    static class Store {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        MongoClientSettingsBuilderCustomizer storeTimeouts(
                @Value("${platform.store.server-selection-timeout:2s}") Duration serverSelection,
                @Value("${platform.store.connect-timeout:1s}") Duration connect,
                @Value("${platform.store.read-timeout:10s}") Duration read) {
            return settings -> settings
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(s -> s.connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout((int) read.toMillis(), TimeUnit.MILLISECONDS));
        }
    }
}
