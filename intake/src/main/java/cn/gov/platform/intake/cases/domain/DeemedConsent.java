package cn.gov.platform.intake.cases.domain;

import java.time.LocalDate;

/**
 * The rule of silence (超时默认, INT-5): a joint department that has not decided by the last
 * working day of its limit is deemed to approve, where the item allows it. Checked on the day
 * after the due date; while the case waits for the applicant's supplement the clock stands still
 * and nothing is deemed.
 */
public final class DeemedConsent {

    private DeemedConsent() {
    }

    public static RuleResult check(JointReview review, CaseState state, JointTask task, LocalDate today) {
        if (!review.deemedConsent()) {
            return RuleResult.refused("DEEMED_CONSENT_NOT_ALLOWED", "本事项不适用超时默认。",
                    "This item does not allow deemed consent.", "tasks");
        }
        if (state != CaseState.UNDER_REVIEW) {
            return RuleResult.refused("CASE_NOT_UNDER_REVIEW", "办件不在审查中（可能正在补正），时限暂停。",
                    "The case is not under review (perhaps awaiting a supplement); its clock stands still.", "state");
        }
        if (!task.isOpen()) {
            return RuleResult.refused("TASK_ALREADY_DECIDED", "该部门已作出意见。", "The department has decided.",
                    "tasks");
        }
        if (!today.isAfter(task.dueOn())) {
            return RuleResult.refused("TASK_NOT_YET_DUE", "该部门的办理时限尚未届满（" + task.dueOn() + "）。",
                    "The department's limit has not run out yet (" + task.dueOn() + ").", "tasks");
        }
        return RuleResult.pass();
    }
}
