package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.StaffRole;

/** In which capacity someone acted on a case; the staff capacities are those of INT-9. */
public enum ActorRole {
    APPLICANT, AGENT, HANDLER, REVIEWER, APPROVER,
    /** The service itself, acting on a rule (a deemed approval at a deadline). */
    SYSTEM;

    /** Who the service is when a rule acts. */
    public static final String SYSTEM_SUBJECT = "system";

    public static ActorRole of(StaffRole role) {
        return switch (role) {
            case HANDLER -> HANDLER;
            case REVIEWER -> REVIEWER;
            case APPROVER -> APPROVER;
        };
    }

    public boolean isStaff() {
        return this == HANDLER || this == REVIEWER || this == APPROVER;
    }
}
