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

    /**
     * A problem answered often and always the same (429, 401): written once at start, so that a
     * refusal costs no serialisation; only the request id is spliced in.
     */
    public Prepared prepare(HttpStatusCode status, String code, Message message) {
        byte[] body = json.writeValueAsBytes(Problems.of(status, code, message, null, List.of()));
        return new Prepared(status, body);
    }

    public static final class Prepared {

        private final HttpStatusCode status;
        private final byte[] head;

        private Prepared(HttpStatusCode status, byte[] body) {
            this.status = status;
            // Everything but the closing brace; the request id is added as the last member.
            int end = body.length - 1;
            while (body[end] != '}') {
                end--;
            }
            this.head = java.util.Arrays.copyOf(body, end);
        }

        public Mono<Void> write(ServerWebExchange exchange) {
            ServerHttpResponse response = exchange.getResponse();
            if (response.isCommitted()) {
                return Mono.empty();
            }
            String requestId = requestId(exchange);
            // Request ids are plain ([A-Za-z0-9._-]), so they need no escaping.
            byte[] tail = requestId == null ? new byte[] {'}'}
                    : (",\"requestId\":\"" + requestId + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            response.setStatusCode(status);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            DataBuffer buffer = response.bufferFactory().allocateBuffer(head.length + tail.length);
            buffer.write(head);
            buffer.write(tail);
            return response.writeWith(Mono.just(buffer));
        }
    }

    static @Nullable String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
    }

    static String header() {
        return RequestIds.HEADER;
    }
}
