package cn.gov.platform.credit.subjects.domain;

/** Natural persons (自然人) and legal persons (法人及非法人组织). */
public enum SubjectKind { NATURAL_PERSON, LEGAL_PERSON }
