package cn.gov.platform.gateway.web;

import cn.gov.platform.support.problem.CommonProblems;
import cn.gov.platform.kernel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Everything the gateway fails at itself (no route, method not allowed, body too large, a
 * downstream error outside a circuit breaker) is answered as problem+json, never as
 * Spring's default error page or a bare status. Ordered before Boot's default handler. The
 * codes and messages by status are shared with the answers written below Spring
 * ({@link NettyProblems}) and with a service's error page that the gateway rewrites
 * ({@link ServiceErrorPages}).
 */
@Component
@Order(-2)
public class ProblemErrorWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);
    private final ProblemResponses problems;

    public ProblemErrorWebExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ResponseStatusException clientFault = ClientFault.find(ex);
        if (clientFault instanceof BodySizeLimitWebFilter.PayloadTooLarge tooLarge) {
            return problems.write(exchange, tooLarge.getStatusCode(), "PAYLOAD_TOO_LARGE", tooLarge.userMessage());
        }
        HttpStatusCode status = clientFault != null ? clientFault.getStatusCode()
                : ex instanceof ResponseStatusException rse ? rse.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.atError().setCause(ex).addKeyValue("requestId", ProblemResponses.requestId(exchange))
                    .log("Gateway failure on {}", exchange.getRequest().getPath().value());
        }
        if (status.value() == 405 && ex instanceof MethodNotAllowedException notAllowed
                && !notAllowed.getSupportedMethods().isEmpty()) {
            exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        return problems.write(exchange, status, codeOf(status), messageOf(status));
    }

    public static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 431 -> "HEADERS_TOO_LARGE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "UPSTREAM_TIMEOUT";
            default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }

    public static Message messageOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> CommonProblems.MALFORMED_REQUEST;
            case 401 -> CommonProblems.UNAUTHENTICATED;
            case 403 -> CommonProblems.FORBIDDEN;
            case 404 -> Message.of("没有这个地址：请检查网址。", "There is nothing at this address; check the URL.");
            case 405 -> CommonProblems.METHOD_NOT_ALLOWED;
            case 406 -> CommonProblems.NOT_ACCEPTABLE;
            case 413 -> CommonProblems.PAYLOAD_TOO_LARGE;
            case 414 -> CommonProblems.URI_TOO_LONG;
            case 415 -> CommonProblems.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> CommonProblems.TOO_MANY_REQUESTS;
            case 431 -> CommonProblems.HEADERS_TOO_LARGE;
            case 504 -> Message.of("后端服务响应超时，请稍后重试。", "The service did not answer in time; try again shortly.");
            default -> status.is4xxClientError() ? CommonProblems.VALIDATION_FAILED : CommonProblems.INTERNAL_ERROR;
        };
    }
}
