package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.Locale;

/**
 * What a member of staff may do in their department (INT-9: handled, reviewed, approved; SUP:
 * supervised), and the department's head, who answers for its deadlines (issue 17: warnings reach them).
 */
public enum StaffRole {
    CLERK, REVIEWER, APPROVER, SUPERVISOR, HEAD;

    public static StaffRole parse(String raw, String field) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw DomainViolation.invalid(field, "INVALID_ROLE", Message.of(
                    "岗位角色只能是 clerk、reviewer、approver、supervisor 或 head。",
                    "A staff role is clerk, reviewer, approver, supervisor or head."));
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
