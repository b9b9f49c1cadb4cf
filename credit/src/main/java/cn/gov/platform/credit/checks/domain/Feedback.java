package cn.gov.platform.credit.checks.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Intake's report of what it did with a check; one per (check, action). */
public record Feedback(String id, String checkId, String caseId, @Nullable String caseNumber, FeedbackAction action,
        List<String> measureIds, @Nullable String note, Instant at) {

    public Feedback {
        measureIds = List.copyOf(measureIds);
    }

    public static Feedback on(CheckRecord check, String caseId, @Nullable String caseNumber, FeedbackAction action,
            List<String> measureIds, @Nullable String note, Instant at) {
        if (!check.caseId().equals(caseId)) {
            throw DomainViolation.invalid("caseId", "CASE_MISMATCH", "反馈的办件与核查时的办件不一致。",
                    "The feedback names another case than the check.");
        }
        for (String m : measureIds) {
            if (!check.cites(m)) {
                throw DomainViolation.invalid("measureIds", "MEASURE_NOT_IN_CHECK",
                        "措施 " + m + " 不在该次核查结果中。", "Measure " + m + " was not part of that check's answer.");
            }
        }
        if (action != FeedbackAction.NO_ACTION && measureIds.isEmpty()) {
            throw DomainViolation.invalid("measureIds", "MEASURES_REQUIRED", "请列出所执行的措施。",
                    "List the measures the action carried out.");
        }
        return new Feedback(check.id() + ":" + action, check.id(), caseId, caseNumber, action, measureIds, note, at);
    }

    /** The same report again (a retry), as opposed to a different one under the same (check, action). */
    public boolean sameAs(Feedback other) {
        return caseId.equals(other.caseId) && action == other.action && measureIds.equals(other.measureIds);
    }
}
