package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.GatewayProperties;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
class RoutingConfiguration {

    /** One token bucket per caller and route, shared by all gateway replicas through Redis. */
    @Bean
    @Primary
    RedisRateLimiter platformRateLimiter(GatewayProperties properties) {
        return new RedisRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity());
    }

    /**
     * The defaults of every route's breaker, set once. Spring Cloud's factory does not read
     * {@code resilience4j.*.configs.default}; without this its time limiter gives up after
     * one second, which under load opens breakers on services that are merely busy.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties) {
        GatewayProperties.Breaker breaker = properties.breaker();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(breaker.timeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(breaker.slidingWindowSize())
                        .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                        .failureRateThreshold(breaker.failureRateThreshold())
                        .waitDurationInOpenState(breaker.waitInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .build());
    }

    /**
     * Spring Cloud also puts a bulkhead in front of every route, by default 25 concurrent
     * calls, which refuses ordinary load with 503. The limit is set here explicitly: high
     * enough for normal traffic, still a ceiling that stops one slow service from holding
     * every gateway connection.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadDefaults(GatewayProperties properties) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(properties.breaker().maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build())
                .threadPoolBulkheadConfig(ThreadPoolBulkheadConfig.ofDefaults())
                .build());
    }
}
