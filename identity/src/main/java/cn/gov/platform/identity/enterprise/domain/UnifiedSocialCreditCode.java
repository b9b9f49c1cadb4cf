package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;

/**
 * The 18-character unified social credit code of a legal person (GB 32100-2015): registration
 * authority, organisation type, 6-digit region, 9-character organisation code, and a check
 * character computed modulo 31 over the other 17. The alphabet leaves out I, O, Z, S and V.
 */
public record UnifiedSocialCreditCode(String value) {

    public static final String FIELD = "creditCode";
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        check(value, FIELD);
    }

    public static UnifiedSocialCreditCode parse(String raw, String field) {
        String normalised = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        check(normalised, field);
        return new UnifiedSocialCreditCode(normalised);
    }

    private static void check(String value, String field) {
        if (value == null || value.length() != 18 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw PlatformException.invalid(field, "INVALID_CREDIT_CODE", Message.of(
                    "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）。",
                    "A unified social credit code has 18 digits or capital letters (never I, O, Z, S or V)."));
        }
        if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw PlatformException.invalid(field, "INVALID_CREDIT_CODE", Message.of(
                    "统一社会信用代码第 3-8 位应为登记管理机关行政区划码。",
                    "Characters 3-8 of the credit code are the registering authority's region code."));
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw PlatformException.invalid(field, "INVALID_CREDIT_CODE", Message.of(
                    "统一社会信用代码校验位不正确，请核对营业执照。",
                    "The check character of the credit code is wrong; compare it with the business licence."));
        }
    }

    public static char checkCharacter(String body) {
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
