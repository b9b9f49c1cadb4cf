package cn.gov.platform.gateway.security;

import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.support.problem.CommonProblems;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths with encoded slashes or dots ({@code %2F},
 * {@code %2e%2e%2f}), {@code ..}, backslashes, semicolons, control characters in headers, and
 * unusual methods; by default with an empty 400. Here the refusal is problem+json: 405 with
 * {@code Allow} for a method, 400 {@code REQUEST_REJECTED} for the rest.
 */
@Component
class RejectedRequests implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);
    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final ProblemResponses problems;

    RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        log.debug("Request refused by the firewall: {}", rejected.getMessage());
        if (!ALLOWED.contains(exchange.getRequest().getMethod())) {
            exchange.getResponse().getHeaders().set("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    CommonProblems.METHOD_NOT_ALLOWED);
        }
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", CommonProblems.REQUEST_REJECTED);
    }
}
