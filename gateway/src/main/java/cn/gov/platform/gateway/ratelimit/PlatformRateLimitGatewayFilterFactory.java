package cn.gov.platform.gateway.ratelimit;

import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.support.problem.CommonProblems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limit, a default filter of every route: asks {@link RateLimits} and
 * answers a refusal at once with 429 problem+json and {@code Retry-After}, before any proxy
 * work. Nothing here waits for Redis.
 */
class PlatformRateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    /** Stands for "no security context": an anonymous caller. */
    private static final Authentication NOBODY =
            new org.springframework.security.authentication.AnonymousAuthenticationToken("nobody", "nobody",
                    java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("NONE")));

    private final RateLimits limits;
    private final ProblemResponses.Prepared tooMany;
    private final MeterRegistry meters;
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    PlatformRateLimitGatewayFilterFactory(RateLimits limits, ProblemResponses problems, MeterRegistry meters) {
        super(Object.class);
        this.limits = limits;
        this.tooMany = problems.prepare(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                CommonProblems.TOO_MANY_REQUESTS);
        this.meters = meters;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .defaultIfEmpty(NOBODY)
                .flatMap(caller -> {
                    RateLimits.Verdict verdict = limits.check(exchange.getRequest(), route(exchange), user(caller));
                    if (verdict.passes()) {
                        exchange.getResponse().getHeaders().set(RateLimits.REMAINING_HEADER,
                                Long.toString(verdict.remaining()));
                        return chain.filter(exchange);
                    }
                    return refuse(exchange, verdict);
                });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RateLimits.Verdict verdict) {
        String bucket = String.valueOf(verdict.bucket());
        refusals.computeIfAbsent(bucket, b -> Counter.builder("gateway.ratelimit.refused")
                .description("Requests refused with 429, by bucket").tag("bucket", b).register(meters)).increment();
        exchange.getResponse().getHeaders().set(RateLimits.REMAINING_HEADER, "0");
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        return tooMany.write(exchange);
    }

    private static String route(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "default" : route.getId();
    }

    private static @org.jspecify.annotations.Nullable String user(Authentication caller) {
        return caller == NOBODY || !caller.isAuthenticated() ? null : caller.getName();
    }
}
