package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.web.ClientFault;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A route's circuit breaker and bulkhead (Resilience4j, one of each per service, made once when
 * the route is built): a failed, refused or rejected call is answered with a 503 problem+json
 * naming the service. No timer of its own (the HTTP client's response timeout bounds the call),
 * no forward to a fallback path and no copy of the request body kept for one.
 */
@Component
class ServiceBreakerGatewayFilterFactory extends AbstractGatewayFilterFactory<ServiceBreakerGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(ServiceBreakerGatewayFilterFactory.class);

    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final ServiceUnavailable unavailable;

    ServiceBreakerGatewayFilterFactory(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
            ServiceUnavailable unavailable) {
        super(Config.class);
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.unavailable = unavailable;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("name");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String service = config.getName();
        CircuitBreaker breaker = breakers.circuitBreaker(service);
        breaker.getEventPublisher().onStateTransition(event -> log.atWarn().addKeyValue("downstream", service)
                .log("Circuit breaker of {}: {}", service, event.getStateTransition()));
        Bulkhead bulkhead = bulkheads.bulkhead(service);
        CircuitBreakerOperator<Void> breakerOperator = CircuitBreakerOperator.of(breaker);
        BulkheadOperator<Void> bulkheadOperator = BulkheadOperator.of(bulkhead);
        return (exchange, chain) -> chain.filter(exchange)
                .transform(bulkheadOperator)
                .transform(breakerOperator)
                .onErrorResume(failure -> ClientFault.is(failure) || exchange.getResponse().isCommitted()
                        ? Mono.error(failure)
                        : unavailable.answer(exchange, service, failure));
    }

    public static class Config {

        private @Nullable String name;

        public String getName() {
            if (name == null) {
                throw new IllegalStateException("A ServiceBreaker needs the service's name");
            }
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
