package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The credit check of a case (CRE-2, intake's side): whether it has answered, what it found (the
 * decision cites its check, measures and entries), and what intake did with it (措施反馈), kept until
 * the credit service has taken it. A decision waits for a check that could not be made; a REFUSE
 * measure rules out acceptance and approval.
 *
 * @param status   PENDING blocks the decision until a later check answers
 * @param record   the last answer used
 * @param feedback what was done with the answers, one per check and action
 */
public record CreditAssessment(CreditStatus status, @Nullable CreditRecord record, List<CreditFeedback> feedback) {

    public static final CreditAssessment NOT_CHECKED = new CreditAssessment(CreditStatus.NOT_CHECKED, null, List.of());

    public CreditAssessment {
        status = status == null ? CreditStatus.NOT_CHECKED : status;
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    /** Whether some feedback has not been taken by the credit service yet. */
    public boolean feedbackPending() {
        return feedback.stream().anyMatch(f -> !f.isSettled());
    }

    CreditAssessment atAcceptance(CreditStatus answered, @Nullable CreditRecord found) {
        return new CreditAssessment(answered, found, feedback);
    }

    /** The REFUSE measure of a check, if any: the case can only be refused in writing, citing it. */
    static Optional<CreditRecord.Measure> refusing(@Nullable CreditRecord found) {
        return found == null ? Optional.empty()
                : found.measures().stream().filter(m -> m.kind().equals("REFUSE")).findFirst();
    }

    /** The legal basis a refusal at the window cites: the handler's, else the REFUSE measure's. */
    static @Nullable String basisOfRefusal(@Nullable CreditRecord found, @Nullable String given) {
        Optional<CreditRecord.Measure> refuse = refusing(found);
        return refuse.isPresent() && (given == null || given.isBlank()) ? refuse.get().legalBasis() : given;
    }

    /** Refused at the window: a check with a REFUSE measure is kept and fed back as REFUSED; any other changes nothing. */
    CreditAssessment refusedAtWindow(@Nullable CreditRecord found, Instant at) {
        if (found == null || refusing(found).isEmpty()) {
            return this;
        }
        return new CreditAssessment(CreditStatus.CHECKED, found, feedback)
                .fedBack(found, "REFUSED", ids(found, "REFUSE"), "不予受理 | not accepted", at);
    }

    /**
     * The answer of the check run before the decision when the one at acceptance could not be made.
     * Kept even if the decision it preceded is then refused: the check happened. Nothing changes once checked.
     */
    CreditAssessment checkedBeforeDecision(CreditRecord found) {
        return status != CreditStatus.PENDING ? this : new CreditAssessment(CreditStatus.CHECKED, found, feedback);
    }

    /**
     * What was done with {@code found}'s measures, for the credit service: tolerance granted by an
     * incentive, priority given, an additional review step added, or nothing applied.
     */
    CreditAssessment applied(CreditRecord found, boolean toleranceUsed, List<String> priorityGiven,
            boolean reviewAdded, Instant at) {
        CreditAssessment next = this;
        boolean acted = false;
        if (toleranceUsed && found.has("TOLERANCE_ALLOWED")) {
            next = next.fedBack(found, "TOLERANCE_GRANTED", ids(found, "TOLERANCE_ALLOWED"),
                    "容缺受理 | tolerance acceptance", at);
            acted = true;
        }
        if (!priorityGiven.isEmpty()) {
            next = next.fedBack(found, "PRIORITY_GIVEN", priorityGiven, "绿色通道、优先办理 | green channel, handled first",
                    at);
            acted = true;
        }
        if (reviewAdded) {
            next = next.fedBack(found, "ADDITIONAL_REVIEW", ids(found, "ADDITIONAL_REVIEW"),
                    "增加审核环节 | an additional review step", at);
            acted = true;
        }
        return acted ? next : next.fedBack(found, "NO_ACTION", found.measureIds(),
                "无适用措施 | no measure applied (" + found.standing() + ")", at);
    }

    /** The incentives that put a case first in the queue: green channel, priority handling. */
    static List<String> priorityMeasures(CreditRecord found) {
        List<String> priority = new ArrayList<>(ids(found, "GREEN_CHANNEL"));
        priority.addAll(ids(found, "PRIORITY_HANDLING"));
        return priority;
    }

    /** No decision while the check could not be made; nothing is skipped silently. */
    void requireAnswered() {
        if (status == CreditStatus.PENDING) {
            throw DomainViolation.conflict("CREDIT_CHECK_PENDING",
                    "受理时未能完成信用核查，且现在仍无法核查；核查完成前不能作出决定，请稍后再试。",
                    "The credit check could not be made at acceptance and still cannot be; the case cannot be decided "
                            + "until it has been. Try again shortly.");
        }
    }

    /** A REFUSE measure rules out approval. */
    void requireApprovable() {
        Optional<CreditRecord.Measure> refuse = refusing(record);
        if (refuse.isPresent()) {
            CreditRecord.Measure m = refuse.get();
            throw DomainViolation.rule("CREDIT_RESTRICTION_REFUSES",
                    "依据联合惩戒措施 " + m.measureId() + "（" + m.legalBasis() + "），不能作出准予决定。",
                    "Joint measure " + m.measureId() + " (" + m.legalBasis() + ") rules out approval.", "credit");
        }
    }

    /** A rejection citing a REFUSE measure is fed back as REFUSED. */
    CreditAssessment rejected(Instant at) {
        return record != null && record.has("REFUSE")
                ? fedBack(record, "REFUSED", ids(record, "REFUSE"), "作出不予许可决定 | rejected", at) : this;
    }

    private CreditAssessment fedBack(CreditRecord found, String action, List<String> measureIds, String note,
            Instant at) {
        if (feedback.stream().anyMatch(f -> f.checkId().equals(found.checkId()) && f.action().equals(action))) {
            return this;
        }
        List<CreditFeedback> all = new ArrayList<>(feedback);
        all.add(CreditFeedback.pending(found.checkId(), action, measureIds, note, at));
        return new CreditAssessment(status, record, all);
    }

    private static List<String> ids(CreditRecord found, String kind) {
        return found.measures().stream().filter(m -> m.kind().equals(kind)).map(CreditRecord.Measure::measureId).toList();
    }
}
