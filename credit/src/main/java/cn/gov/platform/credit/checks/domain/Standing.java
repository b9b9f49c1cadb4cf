package cn.gov.platform.credit.checks.domain;

/** The overall answer of a check. */
public enum Standing { NO_MEASURES, INCENTIVES, RESTRICTIONS }
