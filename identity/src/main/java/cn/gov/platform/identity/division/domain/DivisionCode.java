package cn.gov.platform.identity.division.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.util.regex.Pattern;

/**
 * A 12-digit statistical division code: 2 digits province, 2 city, 2 county (the GB/T 2260
 * code), 3 township (001-099 street offices, 100-199 towns, 200-399 townships, 400-599 other
 * township-level units such as development zones), 3 village (001-199 communities, 200-399
 * villages). Trailing zero segments mean the code names a higher level.
 */
public record DivisionCode(String value) {

    public static final String FIELD = "division";
    private static final Pattern DIGITS = Pattern.compile("\\d{12}");
    private static final Message INVALID = Message.of(
            "行政区划代码应为 12 位数字，并符合统计用区划代码的编码规则。",
            "A division code is 12 digits following the statistical division coding rules.");

    public DivisionCode {
        check(value, FIELD);
    }

    /** Parses a code a client sent in {@code field}; the problem names that field. */
    public static DivisionCode parse(String raw, String field) {
        check(raw, field);
        return new DivisionCode(raw);
    }

    private static void check(String value, String field) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw PlatformException.invalid(field, "INVALID_DIVISION_CODE", INVALID);
        }
        int province = Integer.parseInt(value.substring(0, 2));
        int township = Integer.parseInt(value.substring(6, 9));
        int village = Integer.parseInt(value.substring(9, 12));
        boolean provinceOk = province >= 11 && province <= 82;
        boolean townshipOk = township <= 599;
        boolean villageOk = village <= 399 && (village == 0 || township != 0);
        // A lower segment may only be set when every higher one is: 640300000100 is not a code.
        boolean nested = nestedSegments(value);
        if (!provinceOk || !townshipOk || !villageOk || !nested) {
            throw PlatformException.invalid(field, "INVALID_DIVISION_CODE", INVALID);
        }
    }

    private static boolean nestedSegments(String v) {
        String[] segments = {v.substring(2, 4), v.substring(4, 6), v.substring(6, 9), v.substring(9, 12)};
        boolean zeroSeen = false;
        for (String segment : segments) {
            boolean zero = Integer.parseInt(segment) == 0;
            if (!zero && zeroSeen) {
                return false;
            }
            zeroSeen |= zero;
        }
        return true;
    }

    public DivisionLevel level() {
        if (value.endsWith("0000000000")) {
            return DivisionLevel.PROVINCE;
        }
        if (value.endsWith("00000000")) {
            return DivisionLevel.CITY;
        }
        if (value.endsWith("000000")) {
            return DivisionLevel.COUNTY;
        }
        if (value.endsWith("000")) {
            return DivisionLevel.TOWNSHIP;
        }
        return DivisionLevel.VILLAGE;
    }

    /** The code of the enclosing division by the coding rules, or none for a province. */
    public java.util.Optional<DivisionCode> parentByRule() {
        return switch (level()) {
            case PROVINCE -> java.util.Optional.empty();
            case CITY -> java.util.Optional.of(new DivisionCode(value.substring(0, 2) + "0000000000"));
            case COUNTY -> java.util.Optional.of(new DivisionCode(value.substring(0, 4) + "00000000"));
            case TOWNSHIP -> java.util.Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case VILLAGE -> java.util.Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
