package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What intake did with a credit check's answer (措施反馈), kept in the case until the credit
 * service has taken it: sent by a retried job, never fire-and-forget.
 *
 * @param action REFUSED, TOLERANCE_GRANTED, PRIORITY_GIVEN, ADDITIONAL_REVIEW or NO_ACTION
 */
public record CreditFeedback(String checkId, String action, List<String> measureIds, String note, Instant at,
        @Nullable Instant sentAt) {

    public CreditFeedback {
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public CreditFeedback sent(Instant when) {
        return new CreditFeedback(checkId, action, measureIds, note, at, when);
    }
}
