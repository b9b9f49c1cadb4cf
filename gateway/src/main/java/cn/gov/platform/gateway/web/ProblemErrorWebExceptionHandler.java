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
        return CommonProblems.codeFor(status.value());
    }

    public static Message messageOf(HttpStatusCode status) {
        return CommonProblems.messageFor(status.value());
    }
}
