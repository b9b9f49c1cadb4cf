package cn.gov.platform.intake.catalogue.domain;

/** How an item is handled (办件类型, CAT-2). */
public enum ItemClass {
    /** 即办件: accepted and decided at the window the same day. */
    IMMEDIATE("即办件"),
    /** 承诺件: decided within the promised limit. */
    PROMISED("承诺件"),
    /** 联办件: several departments approve in parallel (INT-5). */
    JOINT("联办件"),
    /** 上报件: decided by a higher level after this level has accepted and examined it. */
    REPORTED_UPWARD("上报件");

    private final String chinese;

    ItemClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
