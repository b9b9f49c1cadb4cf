package cn.gov.platform.gateway.web;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR;

import cn.gov.platform.gateway.security.SecurityHeadersWebFilter;
import cn.gov.platform.support.web.RequestIds;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * Looks at a service's answer once its status and headers are in, before its body is relayed:
 * <ul>
 * <li>an error answered with something other than JSON (a servlet container's HTML page, an
 *     empty body) becomes the gateway's problem+json for that status, so a client never sees
 *     a page;</li>
 * <li>the headers the gateway sets on every answer (request id, security headers) are kept once:
 *     the service's copy is added to the gateway's, and two values would confuse browsers.</li>
 * </ul>
 */
@Component
class ServiceResponses implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ServiceResponses.class);

    private final ProblemResponses problems;
    private final List<String> singleHeaders;

    ServiceResponses(ProblemResponses problems, SecurityHeadersWebFilter securityHeaders) {
        this.problems = problems;
        this.singleHeaders = List.copyOf(securityHeaders.headers().headerNames());
    }

    @Override
    public int getOrder() {
        // Inside the filter that relays the body: this runs after the service answered, before the body is written.
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).then(Mono.defer(() -> answered(exchange)));
    }

    private Mono<Void> answered(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        Connection connection = exchange.getAttribute(CLIENT_RESPONSE_CONN_ATTR);
        if (connection == null || response.isCommitted()) {
            // Answered by the gateway itself (a refusal, a 503), not by a service.
            return Mono.empty();
        }
        HttpHeaders headers = response.getHeaders();
        String requestId = ProblemResponses.requestId(exchange);
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        }
        for (String name : singleHeaders) {
            List<String> values = headers.get(name);
            if (values != null && values.size() > 1) {
                // The service's own value, added last, is the more specific one (its Cache-Control, for one).
                headers.set(name, values.getLast());
            }
        }
        HttpStatusCode status = response.getStatusCode();
        if (status == null || !status.isError() || isJson(headers)
                || exchange.getRequest().getMethod() == HttpMethod.HEAD) {
            return Mono.empty();
        }
        log.atWarn().addKeyValue("status", status.value())
                .log("A service answered {} {} with {} instead of problem+json; the client gets the gateway's problem",
                        exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                        headers.getContentType() == null ? "no content type" : headers.getContentType());
        // The page is not relayed; its connection is dropped rather than returned to the pool half read.
        exchange.getAttributes().remove(CLIENT_RESPONSE_CONN_ATTR);
        connection.dispose();
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        return problems.write(exchange, status, ProblemErrorWebExceptionHandler.codeOf(status),
                ProblemErrorWebExceptionHandler.messageOf(status));
    }

    private static boolean isJson(HttpHeaders headers) {
        MediaType type;
        try {
            type = headers.getContentType();
        } catch (RuntimeException invalid) {
            return false;
        }
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
