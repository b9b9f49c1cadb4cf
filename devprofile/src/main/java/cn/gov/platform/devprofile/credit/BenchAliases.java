package cn.gov.platform.devprofile.credit;

import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.infrastructure.SubjectsConfiguration;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the benchmark only ({@code platform.bench.enabled=true}): maps made-up account subjects to
 * credit keys of generated entries in the subject cache, exactly as a resolution through identity
 * would leave them, so the check's hot path is what is measured. Service accounts only.
 */
@Hidden
@RestController
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
