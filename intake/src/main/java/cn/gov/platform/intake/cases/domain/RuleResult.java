package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.Nullable;

/** What one policy rule says: allowed, or refused with a code, a reason in both languages and the field. */
public record RuleResult(boolean ok, @Nullable String code, @Nullable String zh, @Nullable String en,
        @Nullable String field) {

    private static final RuleResult ALLOWED = new RuleResult(true, null, null, null, null);

    public static RuleResult pass() {
        return ALLOWED;
    }

    public boolean allowed() {
        return ok;
    }

    public static RuleResult refused(String code, String zh, String en, String field) {
        return new RuleResult(false, code, zh, en, field);
    }
}
