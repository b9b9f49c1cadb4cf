package cn.gov.platform.credit.classes.domain;

/** Enterprise credit classes for supervision (信用分类监管, CRE-5): A best, D worst. */
public enum CreditClass {
    A, B, C, D;

    /** The pseudo list type under which the measures catalogue names measures for this class. */
    public String listType() {
        return "CREDIT_CLASS_" + name();
    }
}
