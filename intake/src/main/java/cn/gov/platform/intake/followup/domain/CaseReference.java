package cn.gov.platform.intake.followup.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number a person follows a case by, as printed on their receipt or notice: an acceptance number
 * ({@code 640324-2026-0000123}) or a notice of non-acceptance ({@code 640324-2026-N000045}).
 */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}-(?:\\d{7}|N\\d{6})");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainViolation.invalid("number", "INVALID_CASE_REFERENCE",
                    "办件编号格式应为 640324-2026-0000123（不予受理通知书为 640324-2026-N000045）。",
                    "A case number reads like 640324-2026-0000123 (a notice of non-acceptance 640324-2026-N000045).");
        }
    }

    /** What a person typed or an SMS said: spaces dropped, n read as N. */
    public static CaseReference parse(String typed) {
        return new CaseReference(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
