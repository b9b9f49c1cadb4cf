package cn.gov.platform.notifications.messages.domain;

/** Whether trying again can help. */
public enum FailureKind {
    /** The provider or the path to it failed; the same message may go through later or elsewhere. */
    TRANSIENT,
    /** The message itself cannot be delivered (invalid number, refused content); retrying repeats the refusal. */
    PERMANENT
}
