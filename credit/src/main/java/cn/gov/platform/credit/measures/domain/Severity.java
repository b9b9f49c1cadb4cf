package cn.gov.platform.credit.measures.domain;

/** How grave a black list type is; serious ones put an enterprise in class D (see ClassRules). */
public enum Severity { NONE, GENERAL, SERIOUS }
