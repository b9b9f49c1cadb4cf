package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import org.jspecify.annotations.Nullable;

/** Every refusal, opinion and report gives its reasons in writing (INT-2, INT-9). */
final class WrittenReasons {

    private WrittenReasons() {
    }

    static void require(@Nullable String text, String field) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw DomainViolation.invalid(field, "REASON_REQUIRED", "须书面说明理由（不超过 2000 字）。",
                    "Give the reasons in writing (at most 2000 characters).");
        }
    }
}
