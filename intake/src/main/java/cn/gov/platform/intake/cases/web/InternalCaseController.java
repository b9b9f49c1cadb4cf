package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.DeemedConsentRounds;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal operations (realm role {@code service}, enforced for {@code /internal/**} by the support
 * library): run the deemed-consent sweep now instead of waiting for the scheduler.
 */
@RestController
class InternalCaseController {

    private final ObjectProvider<DeemedConsentRounds> sweep;

    InternalCaseController(ObjectProvider<DeemedConsentRounds> sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/api/intake/internal/deemed-consent/sweep")
    Map<String, Object> sweep() {
        DeemedConsentRounds rounds = sweep.getIfAvailable();
        return rounds == null ? Map.of("enabled", false, "deemed", 0)
                : Map.of("enabled", true, "deemed", rounds.sweep());
    }
}
