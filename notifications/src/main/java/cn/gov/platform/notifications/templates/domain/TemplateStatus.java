package cn.gov.platform.notifications.templates.domain;

/** A template version's approval: only an APPROVED version is ever rendered for sending. */
public enum TemplateStatus {
    /** Written, waiting for approval; never used. */
    DRAFT,
    /** Approved; the highest approved version of a code is the one in use. */
    APPROVED
}
