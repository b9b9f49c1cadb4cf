package cn.gov.platform.intake.hotline.domain;

/** What a caller wants (NOT-2), with the working days the department has to answer a ticket of that kind. */
public enum HotlineKind {
    /** A question; answered at once when the platform knows the answer, otherwise a ticket due in 3. */
    QUERY(3),
    /** A request for help. */
    HELP(5),
    /** A complaint: 10 working days. */
    COMPLAINT(10),
    /** A suggestion. */
    SUGGESTION(15),
    /** Praise, forwarded to the department. */
    PRAISE(15);

    private final int workingDays;

    HotlineKind(int workingDays) {
        this.workingDays = workingDays;
    }

    /** Working days the department has to answer. */
    public int workingDays() {
        return workingDays;
    }
}
