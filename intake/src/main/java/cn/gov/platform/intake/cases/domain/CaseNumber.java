package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/**
 * The acceptance number printed on the receipt (INT-3): county, year and a serial, e.g.
 * {@code 640324-2026-0000123}. Short enough to read over the phone, unique by construction
 * of the series and by the store's unique index.
 */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}-\\d{7}");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainViolation.invalid("number", "INVALID_CASE_NUMBER",
                    "受理编号格式应为 640324-2026-0000123。", "An acceptance number reads like 640324-2026-0000123.");
        }
    }

    public static CaseNumber of(String county, int year, long serial) {
        return new CaseNumber("%s-%04d-%07d".formatted(county, year, serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
