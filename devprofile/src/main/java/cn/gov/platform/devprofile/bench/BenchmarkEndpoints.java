package cn.gov.platform.devprofile.bench;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the stack for the gateway benchmark (bench/gateway-overhead.sh): an authenticated
 * no-op, and one that waits as long as a typical backend call, in whichever service this jar is
 * added to. Off unless {@code platform.bench.enabled=true}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "platform.bench.enabled", havingValue = "true")
@Import(BenchmarkEndpoints.Controller.class)
public class BenchmarkEndpoints {

    @Hidden
    @RestController
    @Validated
    static class Controller {

        @GetMapping("/api/${platform.service-path}/bench/noop")
        Map<String, String> noop() {
            return Map.of("status", "ok");
        }

        @GetMapping("/api/${platform.service-path}/bench/wait")
        Map<String, Object> waitFor(@RequestParam(defaultValue = "20") @Min(0) @Max(1000) int ms)
                throws InterruptedException {
            Thread.sleep(ms);
            return Map.of("status", "ok", "waitedMs", ms);
        }
    }
}
