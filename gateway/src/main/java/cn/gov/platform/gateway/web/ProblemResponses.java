package cn.gov.platform.gateway.web;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.Problems;
import cn.gov.platform.support.web.RequestIds;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes the gateway's own answers as problem+json, with the request id. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, Message message) {
        return write(exchange, Problems.of(status, code, message, null, List.of()));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        String requestId = requestId(exchange);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    static @Nullable String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
    }

    static String header() {
        return RequestIds.HEADER;
    }
}
