package cn.gov.platform.devprofile.intake;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Benchmark only ({@code platform.bench.enabled=true}, service role): generates joint cases with due tasks. */
@Hidden
@RestController
@Validated
class BenchCaseController {

    private final BenchCases bench;

    BenchCaseController(BenchCases bench) {
        this.bench = bench;
    }

    @PostMapping("/api/intake/internal/bench/due-joint-cases")
    Map<String, Object> dueJointCases(@RequestParam(defaultValue = "SCJG-006") String item,
            @RequestParam @Min(1) @Max(100_000) int tasks) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return Map.of("run", run, "cases", bench.dueJointCases(item, tasks, run), "tasks", tasks);
    }
}
