package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.CreditFeedback;
import cn.gov.platform.intake.cases.domain.CreditRecord;
import org.jspecify.annotations.Nullable;

/**
 * The credit service (issue 6, CRE-2): the incentives and restrictions that apply to an applicant
 * for an item, and what intake did with them (措施反馈). A check that cannot be made (credit down,
 * breaker open, timeout, 5xx, a malformed answer) is answered as {@link Outcome#unavailable()}:
 * intake then accepts and marks the case PENDING, and decides nothing until a later check answers.
 */
public interface CreditChecks {

    Outcome check(String subject, String itemCode, String caseId, Stage stage);

    /**
     * Hands one feedback record to the credit service; returns when it took it (first time or a
     * retry), throws {@link FeedbackRefused} when it refused it for good, and any other exception
     * when it could not answer, so that the caller keeps the record and tries again.
     */
    void feedback(String caseId, @Nullable String caseNumber, CreditFeedback feedback);

    /** The credit service refused a feedback record for good: sending it again would be refused again. */
    final class FeedbackRefused extends RuntimeException {
        private final int status;
        private final String code;

        public FeedbackRefused(int status, String code) {
            super("credit refused the feedback: " + status + " " + code);
            this.status = status;
            this.code = code;
        }

        /** e.g. {@code 422 MEASURE_NOT_IN_CHECK} */
        public String reason() {
            return status + " " + code;
        }
    }

    /** When the check is made. */
    enum Stage { ACCEPTANCE, DECISION }

    /** A check's answer, or none when credit could not answer. */
    record Outcome(@Nullable CreditRecord record) {

        public static Outcome unavailable() {
            return new Outcome(null);
        }

        public boolean available() {
            return record != null;
        }

        public String standing() {
            return record == null ? "UNAVAILABLE" : record.standing();
        }
    }
}
