package cn.gov.platform.gateway.web;

import cn.gov.platform.support.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id (keeping an acceptable one from the client), passes it to the
 * service in {@code X-Request-Id}, returns it to the client, and writes one access log line
 * carrying it. Runs before security so refused requests are traceable too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdWebFilter implements WebFilter {

    static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".id";
    private static final Logger access = LoggerFactory.getLogger("gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(h -> h.set(RequestIds.HEADER, id))
                .build();
        ServerWebExchange tagged = exchange.mutate().request(request).build();
        tagged.getAttributes().put(ATTRIBUTE, id);
        // A service echoes the id too: ServiceResponses keeps one copy on relayed answers.
        tagged.getResponse().getHeaders().set(RequestIds.HEADER, id);
        long start = System.nanoTime();
        return chain.filter(tagged).doFinally(signal -> access.atInfo()
                .addKeyValue(RequestIds.MDC_KEY, id)
                .addKeyValue("method", request.getMethod().name())
                .addKeyValue("path", request.getPath().value())
                // Numbers, not text: every text member of a log line is scanned for personal data.
                .addKeyValue("status", tagged.getResponse().getStatusCode() == null
                        ? 0 : tagged.getResponse().getStatusCode().value())
                .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                .log("{} {} -> {}", request.getMethod().name(), request.getPath().value(),
                        tagged.getResponse().getStatusCode()));
    }
}
