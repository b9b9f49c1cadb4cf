package cn.gov.platform.intake.supervision.domain;

/** What an open, supervised item is. */
public enum ItemKind {
    /** A submission waiting at the window to be accepted or refused within the item's acceptance limit. */
    ACCEPTANCE,
    /** An accepted case within its promised limit (承诺时限). */
    CASE,
    /** The step of the decision chain under way (handler, reviewer, approver), within its share of the limit. */
    STEP,
    /** One department's task of a joint case (INT-5). */
    TASK,
    /** The follow-up a poor rating opened (回访整改). */
    FOLLOW_UP,
    /** A complaint about efficiency awaiting its answer. */
    COMPLAINT,
    /** A petition (信访) to be accepted or not, then answered (issue 19). */
    PETITION,
    /** A 12345 hotline ticket (a call or a portal message) awaiting its department's answer (issue 19). */
    HOTLINE
}
