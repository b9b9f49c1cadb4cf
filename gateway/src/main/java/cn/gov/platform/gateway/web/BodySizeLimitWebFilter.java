package cn.gov.platform.gateway.web;

import cn.gov.platform.gateway.GatewayProperties;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.CommonProblems;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413 problem+json, in a way the client gets to read:
 * <ul>
 * <li>a declared {@code Content-Length} over the limit: the body is read and thrown away (up
 *     to {@code max-discarded-body}), then the 413 is sent, so a client that writes its whole
 *     body before reading is not cut off with a reset; a longer body is answered at that bound
 *     and the connection closed. A client that asked {@code Expect: 100-continue} is answered
 *     at once and sends nothing.</li>
 * <li>a chunked body that grows past the limit while it streams to the service: the call fails
 *     as the client's fault (not the service's, so no breaker counts it), the 413 is sent, and
 *     Netty drops the rest of the body as it arrives.</li>
 * </ul>
 * Paths that take file uploads have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimitWebFilter implements WebFilter {

    private final long limit;
    private final long uploadLimit;
    private final long maxDiscarded;
    private final List<PathPattern> uploadPaths;
    private final ProblemResponses problems;
    private final Message tooLarge;
    private final Message uploadTooLarge;

    public BodySizeLimitWebFilter(GatewayProperties properties, ProblemResponses problems) {
        this.limit = properties.maxBodySize().toBytes();
        this.uploadLimit = properties.uploads().maxBodySize().toBytes();
        this.maxDiscarded = properties.maxDiscardedBody().toBytes();
        this.uploadPaths = properties.uploads().paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problems = problems;
        this.tooLarge = CommonProblems.payloadTooLarge(properties.maxBodySize());
        this.uploadTooLarge = CommonProblems.payloadTooLarge(properties.uploads().maxBodySize());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        boolean chunked = declared < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (declared <= limit && !chunked) {
            // Most requests (every GET, every small body) leave here, at the cost of a header lookup.
            return chain.filter(exchange);
        }
        boolean upload = isUpload(request);
        long limit = upload ? uploadLimit : this.limit;
        Message message = upload ? uploadTooLarge : tooLarge;
        if (declared > limit) {
            return refuse(exchange, message);
        }
        if (!chunked) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new PayloadTooLarge(message);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private boolean isUpload(ServerHttpRequest request) {
        if (uploadPaths.isEmpty()) {
            return false;
        }
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern pattern : uploadPaths) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Message message) {
        HttpHeaders responseHeaders = exchange.getResponse().getHeaders();
        if ("100-continue".equalsIgnoreCase(exchange.getRequest().getHeaders().getFirst(HttpHeaders.EXPECT))) {
            responseHeaders.set(HttpHeaders.CONNECTION, "close");
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", message);
        }
        AtomicLong discarded = new AtomicLong();
        return exchange.getRequest().getBody()
                .map(buffer -> {
                    long size = buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return discarded.addAndGet(size);
                })
                .takeUntil(total -> total > maxDiscarded)
                .then(Mono.defer(() -> {
                    if (discarded.get() > maxDiscarded) {
                        responseHeaders.set(HttpHeaders.CONNECTION, "close");
                    }
                    return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", message);
                }));
    }

    /** A body that grew past the limit while it streamed: the client's fault, answered 413. */
    public static final class PayloadTooLarge extends ResponseStatusException {

        private final transient Message userMessage;

        PayloadTooLarge(Message message) {
            super(HttpStatus.CONTENT_TOO_LARGE, message.en());
            this.userMessage = message;
        }

        public Message userMessage() {
            return userMessage;
        }
    }

}
