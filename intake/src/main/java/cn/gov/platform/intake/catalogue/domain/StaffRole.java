package cn.gov.platform.intake.catalogue.domain;

import java.util.Optional;

/**
 * The three responsibilities a decision records (INT-9), and the realm role that carries each.
 * The catalogue configures which of them an item's decision passes through.
 */
public enum StaffRole {
    /** 承办人: accepts at the window and prepares the case. */
    HANDLER("承办人", "clerk"),
    /** 审核人: examines the handler's opinion. */
    REVIEWER("审核人", "reviewer"),
    /** 批准人: signs the decision. */
    APPROVER("批准人", "approver");

    private final String chinese;
    private final String realmRole;

    StaffRole(String chinese, String realmRole) {
        this.chinese = chinese;
        this.realmRole = realmRole;
    }

    public String chinese() {
        return chinese;
    }

    public String realmRole() {
        return realmRole;
    }

    public static Optional<StaffRole> ofRealmRole(String role) {
        for (StaffRole r : values()) {
            if (r.realmRole.equals(role)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
