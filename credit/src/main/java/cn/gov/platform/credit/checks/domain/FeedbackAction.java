package cn.gov.platform.credit.checks.domain;

/** What intake did with a check's answer (措施反馈). */
public enum FeedbackAction { REFUSED, TOLERANCE_GRANTED, PRIORITY_GIVEN, ADDITIONAL_REVIEW, NO_ACTION }
