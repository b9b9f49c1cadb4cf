package cn.gov.platform.credit.checks.domain;

/** When intake checks: at acceptance, and again before the decision. */
public enum Stage { ACCEPTANCE, DECISION }
