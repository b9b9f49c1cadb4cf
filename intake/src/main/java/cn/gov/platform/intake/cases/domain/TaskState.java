package cn.gov.platform.intake.cases.domain;

/** Where one department's task of a joint case stands (INT-5). */
public enum TaskState {
    /** Copied to the department; its clock runs. */
    OPEN,
    /** The department approved. */
    APPROVED,
    /** The department refused, with written reasons. */
    REJECTED,
    /** The department stayed silent past its deadline on an item that allows it: silence means consent (超时默认). */
    DEEMED_APPROVED;

    public boolean isDone() {
        return this != OPEN;
    }

    public boolean isApproval() {
        return this == APPROVED || this == DEEMED_APPROVED;
    }
}
