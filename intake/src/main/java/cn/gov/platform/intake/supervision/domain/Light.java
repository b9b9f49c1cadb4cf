package cn.gov.platform.intake.supervision.domain;

/** The supervision light of an open item (SUP-1): on course, close to its deadline, or past it. */
public enum Light {
    /** More than the warning margin of working days left. */
    GREEN,
    /** At most the warning margin of working days left, the due day included. */
    YELLOW,
    /** The due day has passed. */
    RED
}
