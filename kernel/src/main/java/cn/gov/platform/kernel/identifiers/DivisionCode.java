package cn.gov.platform.kernel.identifiers;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A 12-digit statistical division code: 2 digits province, 2 city, 2 county (together the GB/T 2260
 * code of the county and everything above it), 3 township (001-099 street offices, 100-199 towns,
 * 200-399 townships, 400-599 other township-level units such as development zones), 3 village
 * (001-199 communities, 200-399 villages). Trailing zero segments mean the code names a higher
 * level: {@code 640324000000} is Tongxin County itself, {@code 640324100000} the town of Yuhai,
 * {@code 640324100201} a village in it.
 */
public record DivisionCode(String value) {

    /** The field a problem names when nothing more precise is given. */
    public static final String FIELD = "division";
    public static final String INVALID = "INVALID_DIVISION_CODE";

    /** The five levels of the division tree, top down, with the digits significant at each. */
    public enum Level {
        PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

        private final int digits;

        Level(int digits) {
            this.digits = digits;
        }

        /** How many leading digits of a code name a division of this level (the rest are zero). */
        public int significantDigits() {
            return digits;
        }
    }

    // Province-level prefixes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao).
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");
    private static final Message MESSAGE = Message.of(
            "行政区划代码应为 12 位数字，并符合统计用区划代码的编码规则。",
            "A division code is 12 digits following the statistical division coding rules.");

    public DivisionCode {
        if (!isValid(value)) {
            throw DomainViolation.invalid(FIELD, INVALID, MESSAGE);
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** Parses a code a client sent in {@code field}; the problem names that field. */
    public static DivisionCode parse(@Nullable String raw, String field) {
        if (!isValid(raw)) {
            throw DomainViolation.invalid(field, INVALID, MESSAGE);
        }
        return new DivisionCode(raw);
    }

    public static boolean isValid(@Nullable String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int township = Integer.parseInt(value.substring(6, 9));
        int village = Integer.parseInt(value.substring(9, 12));
        return PROVINCES.contains(value.substring(0, 2)) && township <= 599 && village <= 399 && nested(value);
    }

    // A lower segment may only be set when every higher one is: 640300000100 is not a code.
    private static boolean nested(String v) {
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

    public Level level() {
        if (value.endsWith("0000000000")) {
            return Level.PROVINCE;
        }
        if (value.endsWith("00000000")) {
            return Level.CITY;
        }
        if (value.endsWith("000000")) {
            return Level.COUNTY;
        }
        return value.endsWith("000") ? Level.TOWNSHIP : Level.VILLAGE;
    }

    /** The digits that name this division ({@code 640324} for the county): every code inside it starts with them. */
    public String significant() {
        return value.substring(0, level().significantDigits());
    }

    /** The six-digit GB/T 2260 code of the county (the prefix of case and certificate numbers). */
    public String county() {
        return value.substring(0, 6);
    }

    /** True when {@code other} is this division or lies inside it (a village inside its township). */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(significant());
    }

    /** The enclosing division by the coding rules (village, township, county, city, province); none for a province. */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case PROVINCE -> Optional.empty();
            case CITY -> Optional.of(new DivisionCode(value.substring(0, 2) + "0000000000"));
            case COUNTY -> Optional.of(new DivisionCode(value.substring(0, 4) + "00000000"));
            case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
        };
    }

    /**
     * The enclosing division when it is at level {@code highest} or below it; none when this division
     * is already at that level or above. A platform whose divisions end at the county asks
     * {@code parentWithin(Level.COUNTY)}: a county case has no higher division on it.
     */
    public Optional<DivisionCode> parentWithin(Level highest) {
        return parent().filter(p -> p.level().compareTo(highest) >= 0);
    }

    @Override
    public String toString() {
        return value;
    }
}
