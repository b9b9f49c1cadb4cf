package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.gateway.web.ClientFault;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The defaults of every route's circuit breaker and bulkhead, set once. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /**
     * A client's own fault (a body too large) and a full bulkhead say nothing about the
     * service's health, so they never count towards opening its breaker.
     */
    @Bean
    CircuitBreakerRegistry circuitBreakers(GatewayProperties properties, MeterRegistry meters) {
        GatewayProperties.Breaker breaker = properties.breaker();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(3)
                .ignoreException(failure -> ClientFault.is(failure) || failure instanceof BulkheadFullException)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    /**
     * At most this many calls in flight per service: high enough for normal traffic, still a
     * ceiling that stops one slow service from holding every gateway connection; more are
     * answered 503 at once rather than queued.
     */
    @Bean
    BulkheadRegistry bulkheads(GatewayProperties properties, MeterRegistry meters) {
        BulkheadRegistry registry = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.breaker().maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        TaggedBulkheadMetrics.ofBulkheadRegistry(registry).bindTo(meters);
        return registry;
    }
}
