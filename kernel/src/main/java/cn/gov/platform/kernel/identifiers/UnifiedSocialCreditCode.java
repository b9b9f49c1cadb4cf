package cn.gov.platform.kernel.identifiers;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The 18-character unified social credit code of a legal person (GB 32100-2015): registration
 * authority, organisation type, the 6-digit region of the registering authority, the 9-character
 * organisation code, and a check character computed modulo 31 over the other 17. The alphabet
 * leaves out I, O, Z, S and V. {@link #parse} accepts lower case and stores the code upper-case.
 * A legal person's code is public record, so it is not masked.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The field a problem names when nothing more precise is given. */
    public static final String FIELD = "creditCode";
    public static final String INVALID = "INVALID_CREDIT_CODE";

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Message MALFORMED = Message.of(
            "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）。",
            "A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V).");
    private static final Message REGION = Message.of(
            "统一社会信用代码第 3-8 位应为登记管理机关行政区划码。",
            "Characters 3-8 of the credit code are the registering authority's region code.");
    private static final Message CHECK_CHARACTER = Message.of(
            "统一社会信用代码校验位不正确，请核对营业执照。",
            "The check character of the credit code is wrong; compare it with the business licence.");

    public UnifiedSocialCreditCode {
        Message fault = fault(value);
        if (fault != null) {
            throw DomainViolation.invalid(FIELD, INVALID, fault);
        }
    }

    /** Parses what a client typed (trimmed, upper-cased), naming {@code field} if it is wrong. */
    public static UnifiedSocialCreditCode parse(@Nullable String raw, String field) {
        String normalised = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        Message fault = fault(normalised);
        if (fault != null) {
            throw DomainViolation.invalid(field, INVALID, fault);
        }
        return new UnifiedSocialCreditCode(normalised);
    }

    /** Whether {@code value} is a valid code exactly as written (no trimming, no upper-casing). */
    public static boolean isValid(@Nullable String value) {
        return fault(value) == null;
    }

    private static @Nullable Message fault(@Nullable String value) {
        if (value == null || value.length() != 18 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return MALFORMED;
        }
        if (!value.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return REGION;
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return CHECK_CHARACTER;
        }
        return null;
    }

    /** The GB 32100 check character over the first 17 characters. */
    public static char checkCharacter(String body) {
        if (body.length() != 17 || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("the check character is computed over 17 characters of the code's alphabet");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
