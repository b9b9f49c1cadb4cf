package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/**
 * A 12-digit statistical division code: 6 digits for the county and above, 3 for the township,
 * 3 for the village. {@code 640324000000} is Tongxin County itself, {@code 640324100000} the town
 * of Yuhai, {@code 640324100201} a village in it.
 */
public record DivisionCode(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** The administrative level a code designates. */
    public enum Level { COUNTY, TOWNSHIP, VILLAGE }

    public DivisionCode {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw DomainViolation.invalid("division", "INVALID_DIVISION",
                    "行政区划代码须为 12 位数字。", "A division code has exactly 12 digits.");
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** The six-digit county code that prefixes case numbers. */
    public String county() {
        return value.substring(0, 6);
    }

    public Level level() {
        if (value.endsWith("000000")) {
            return Level.COUNTY;
        }
        return value.endsWith("000") ? Level.TOWNSHIP : Level.VILLAGE;
    }

    /** True when {@code other} is this division or lies inside it (a village inside its township). */
    public boolean contains(DivisionCode other) {
        return switch (level()) {
            case COUNTY -> other.value.startsWith(value.substring(0, 6));
            case TOWNSHIP -> other.value.startsWith(value.substring(0, 9));
            case VILLAGE -> other.equals(this);
        };
    }

    /** The division one level up (village → township → county); empty for a county, the platform's top. */
    public java.util.Optional<DivisionCode> parent() {
        return switch (level()) {
            case COUNTY -> java.util.Optional.empty();
            case TOWNSHIP -> java.util.Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case VILLAGE -> java.util.Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
