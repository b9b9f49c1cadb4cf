package cn.gov.platform.credit.bench;

import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.infrastructure.SubjectsConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the benchmark only ({@code platform.bench.enabled=true}): maps made-up account subjects to
 * credit keys of generated entries in the subject cache, exactly as a resolution through identity
 * would leave them, so the check's hot path is what is measured. Service accounts only.
 */
@RestController
@ConditionalOnProperty(name = "platform.bench.enabled", havingValue = "true")
class BenchAliases {

    private final CreditSubjects subjects;

    BenchAliases(CreditSubjects subjects) {
        this.subjects = subjects;
    }

    @PostMapping("/api/credit/internal/bench/aliases")
    Map<String, Integer> aliases(@RequestBody Map<String, String> aliases) {
        aliases.forEach((account, key) -> SubjectsConfiguration.remember(subjects, account, new SubjectKey(key), "bench"));
        return Map.of("aliases", aliases.size());
    }
}
