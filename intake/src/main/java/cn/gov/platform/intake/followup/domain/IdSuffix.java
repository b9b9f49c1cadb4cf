package cn.gov.platform.intake.followup.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last six characters of a resident ID number (GB 11643): five digits and the check character, a
 * digit or X (a lower-case x is read as X). It identifies nobody by itself; it is never logged, and is
 * kept only sealed ({@link SuffixSeal}).
 */
public record IdSuffix(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}[0-9X]");

    public IdSuffix {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw invalid();
        }
    }

    /** What a person typed: surrounding spaces dropped, x read as X. */
    public static IdSuffix parse(String typed) {
        if (typed == null) {
            throw invalid();
        }
        return new IdSuffix(typed.strip().toUpperCase(Locale.ROOT));
    }

    /** The suffix of a full ID number (as identity knows it); empty when the number is too short or not one. */
    public static java.util.Optional<IdSuffix> of(String idNumber) {
        String n = idNumber.strip().toUpperCase(Locale.ROOT);
        if (n.length() < 6 || !FORMAT.matcher(n.substring(n.length() - 6)).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new IdSuffix(n.substring(n.length() - 6)));
    }

    private static DomainViolation invalid() {
        return DomainViolation.invalid("idSuffix", "INVALID_ID_SUFFIX",
                "请输入身份证号码的后 6 位（数字，最后一位可以是 X）。",
                "Enter the last 6 characters of the ID number (digits; the last one may be X).");
    }

    @Override
    public String toString() {
        return "IdSuffix[******]";
    }
}
