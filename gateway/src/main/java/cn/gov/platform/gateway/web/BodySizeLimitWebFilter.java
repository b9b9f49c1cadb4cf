package cn.gov.platform.gateway.web;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.support.problem.CommonProblems;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413 problem+json: at once when the declared
 * Content-Length is too large, and while streaming when a chunked body grows past it. Paths
 * that take file uploads have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitWebFilter implements WebFilter {

    private final long limit;
    private final long uploadLimit;
    private final List<PathPattern> uploadPaths;
    private final ProblemResponses problems;

    public BodySizeLimitWebFilter(GatewayProperties properties, ProblemResponses problems) {
        this.limit = properties.maxBodySize().toBytes();
        this.uploadLimit = properties.uploads().maxBodySize().toBytes();
        this.uploadPaths = properties.uploads().paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        long limit = uploadPaths.stream().anyMatch(p -> p.matches(path)) ? uploadLimit : this.limit;
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    CommonProblems.PAYLOAD_TOO_LARGE);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
