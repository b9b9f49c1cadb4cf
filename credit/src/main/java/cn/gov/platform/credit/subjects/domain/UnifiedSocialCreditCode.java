package cn.gov.platform.credit.subjects.domain;

import cn.gov.platform.kernel.DomainViolation;

import java.util.Objects;

/** An 18-character unified social credit code with a correct GB 32100 check character (IDN-2). */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw DomainViolation.invalid("creditCode", "INVALID_CREDIT_CODE",
                    "统一社会信用代码不正确（应为 18 位且校验位正确）。",
                    "The unified social credit code is not valid (18 characters with a correct check character).");
        }
    }

    public static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == ALPHABET.charAt(check);
    }
}
