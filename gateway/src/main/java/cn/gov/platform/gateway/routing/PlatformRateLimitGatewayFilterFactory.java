package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.support.problem.CommonProblems;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The gateway's rate limit: Spring Cloud Gateway's Redis token bucket, keyed by caller, but
 * answering a refusal with 429 problem+json instead of an empty body. If Redis is down the
 * limiter lets requests through (fail open): availability of public services comes first.
 */
@Component
class PlatformRateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final RateLimiter<?> limiter;
    private final CallerKeyResolver keys;
    private final ProblemResponses problems;

    PlatformRateLimitGatewayFilterFactory(RateLimiter<?> limiter, CallerKeyResolver keys, ProblemResponses problems) {
        super(Object.class);
        this.limiter = limiter;
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            String routeId = route == null ? "default" : route.getId();
            return keys.resolve(exchange)
                    .flatMap(key -> limiter.isAllowed(routeId, key))
                    .flatMap(response -> {
                        for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
                            exchange.getResponse().getHeaders().set(header.getKey(), header.getValue());
                        }
                        if (response.isAllowed()) {
                            return chain.filter(exchange);
                        }
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                                CommonProblems.TOO_MANY_REQUESTS);
                    });
        };
    }
}
