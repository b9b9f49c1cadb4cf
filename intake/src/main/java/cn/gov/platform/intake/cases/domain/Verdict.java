package cn.gov.platform.intake.cases.domain;

/** What a step of the decision chain proposes or, at the last step, decides. */
public enum Verdict { APPROVE, REJECT }
