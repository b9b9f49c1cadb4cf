package cn.gov.platform.intake.supervision.domain;

/** What an open, supervised item is. */
public enum ItemKind {
    /** An accepted case within its promised limit (承诺时限). */
    CASE,
    /** One department's task of a joint case (INT-5). */
    TASK,
    /** The follow-up a poor rating opened (回访整改). */
    FOLLOW_UP,
    /** A complaint about efficiency awaiting its answer. */
    COMPLAINT
}
