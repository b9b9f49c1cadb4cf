package cn.gov.platform.credit.petitions.domain;

/** An objection (异议: the entry is wrong) or a request for credit repair (信用修复: the subject has put things right). */
public enum PetitionKind { OBJECTION, REPAIR }
