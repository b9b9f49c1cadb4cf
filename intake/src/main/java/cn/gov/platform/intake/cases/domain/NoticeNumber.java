package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/**
 * The serial of a written notice of non-acceptance (不予受理通知书, INT-3): its own series, marked
 * {@code N} so that it can never be mistaken for an acceptance number, e.g. {@code 640324-2026-N000045}.
 */
public record NoticeNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}-N\\d{6}");

    public NoticeNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainViolation.invalid("noticeNumber", "INVALID_NOTICE_NUMBER",
                    "通知书编号格式应为 640324-2026-N000045。", "A notice number reads like 640324-2026-N000045.");
        }
    }

    public static NoticeNumber of(String county, int year, long serial) {
        return new NoticeNumber("%s-%04d-N%06d".formatted(county, year, serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
