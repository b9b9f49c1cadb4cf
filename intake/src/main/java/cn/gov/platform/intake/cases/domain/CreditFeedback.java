package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What intake did with a credit check's answer (措施反馈), kept in the case until the credit
 * service has taken it: sent by a retried job, never fire-and-forget. A record the credit service
 * refuses for good (a 4xx other than 401, 403, 408 and 429) is dead-lettered: kept with the
 * refusal and never sent again, so one bad record cannot be retried forever.
 *
 * @param action    REFUSED, TOLERANCE_GRANTED, PRIORITY_GIVEN, ADDITIONAL_REVIEW or NO_ACTION
 * @param sentAt    when the credit service took it
 * @param refusedAt when it was dead-lettered; absent in records stored before dead letters existed
 * @param refusal   the credit service's status and problem code, e.g. {@code 422 MEASURE_NOT_IN_CHECK}
 */
public record CreditFeedback(String checkId, String action, List<String> measureIds, String note, Instant at,
        @Nullable Instant sentAt, @Nullable Instant refusedAt, @Nullable String refusal) {

    public CreditFeedback {
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
    }

    /** A new record waiting to be sent. */
    public static CreditFeedback pending(String checkId, String action, List<String> measureIds, String note,
            Instant at) {
        return new CreditFeedback(checkId, action, measureIds, note, at, null, null, null);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isDeadLettered() {
        return refusedAt != null;
    }

    /** Sent or dead-lettered: nothing more to do with it. */
    public boolean isSettled() {
        return isSent() || isDeadLettered();
    }

    public CreditFeedback sent(Instant when) {
        return new CreditFeedback(checkId, action, measureIds, note, at, when, null, null);
    }

    public CreditFeedback deadLettered(Instant when, String why) {
        return new CreditFeedback(checkId, action, measureIds, note, at, null, when, why);
    }
}
