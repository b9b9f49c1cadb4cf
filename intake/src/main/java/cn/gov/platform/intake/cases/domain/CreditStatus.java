package cn.gov.platform.intake.cases.domain;

/** Whether the credit check (CRE-2) a decision needs has happened. */
public enum CreditStatus {
    /** Not asked yet (drafts, cases from before the credit service). */
    NOT_CHECKED,
    /** Credit could not answer at acceptance: asked again before the decision, which waits for it. */
    PENDING,
    /** A check answered; {@link CreditRecord} holds what it found. */
    CHECKED
}
