package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.Problems;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a client gets when its service is down, too slow, too busy or behind an open breaker:
 * an immediate 503 problem+json that names the service and says to retry, never a hang.
 */
@Component
class ServiceUnavailable {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);

    private static final Map<String, String> NAMES_ZH = Map.of(
            "identity", "统一身份认证服务",
            "intake", "事项受理服务",
            "certificates", "电子证照服务",
            "credit", "信用服务",
            "notifications", "消息通知服务");

    private final ProblemResponses problems;

    ServiceUnavailable(ProblemResponses problems) {
        this.problems = problems;
    }

    Mono<Void> answer(ServerWebExchange exchange, String service, Throwable cause) {
        // An open breaker or a full bulkhead refuses many calls a second; the breaker's own
        // transitions are logged, so only real failures are logged here.
        if (!(cause instanceof CallNotPermittedException || cause instanceof BulkheadFullException)) {
            log.atWarn().addKeyValue("downstream", service).addKeyValue("cause", cause.getClass().getSimpleName())
                    .log("Answering 503 for {}: {}", service, cause.getMessage());
        }
        String zh = NAMES_ZH.getOrDefault(service, "后端服务");
        String en = NAMES_ZH.containsKey(service) ? service : "backend";
        Message message = Message.of(zh + "暂时不可用，请稍后重试；使用相同的幂等键（Idempotency-Key）重试不会重复办理。",
                "The " + en + " service is unavailable right now; try again shortly. Retrying with the same Idempotency-Key never duplicates.");
        var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", message);
        problem.setProperty("service", en);
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return problems.write(exchange, problem);
    }
}
