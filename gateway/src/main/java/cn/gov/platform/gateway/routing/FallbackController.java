package cn.gov.platform.gateway.routing;

import cn.gov.platform.gateway.web.ProblemResponses;
import cn.gov.platform.kernel.Message;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when its service is down, slow or its
 * breaker is open: an immediate 503 problem+json that names the service, not a hang.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private static final Map<String, String> NAMES_ZH = Map.of(
            "identity", "统一身份认证服务",
            "intake", "事项受理服务",
            "certificates", "电子证照服务",
            "credit", "信用服务",
            "notifications", "消息通知服务");

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.atWarn().addKeyValue("downstream", service)
                .addKeyValue("cause", cause == null ? "unknown" : cause.getClass().getSimpleName())
                .log("Answering 503 for {}: {}", service, cause == null ? "no cause recorded" : cause.getMessage());
        String zh = NAMES_ZH.getOrDefault(service, "后端服务");
        String en = NAMES_ZH.containsKey(service) ? service : "backend";
        Message message = Message.of(zh + "暂时不可用，请稍后重试；使用相同的幂等键（Idempotency-Key）重试不会重复办理。",
                "The " + en + " service is unavailable right now; try again shortly. Retrying with the same Idempotency-Key never duplicates.");
        var problem = cn.gov.platform.support.problem.Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE", message);
        problem.setProperty("service", en);
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return problems.write(exchange, problem);
    }
}
