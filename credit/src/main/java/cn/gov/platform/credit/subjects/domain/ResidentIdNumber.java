package cn.gov.platform.credit.subjects.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity number (GB 11643) with a correct MOD 11-2 check character.
 * Credit only ever holds one long enough to hash it; {@link #toString()} is masked.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public ResidentIdNumber {
        if (!isValid(value)) {
            throw DomainViolation.invalid("idNumber", "INVALID_ID_NUMBER",
                    "身份证号码不正确（18 位，出生日期有效，校验位正确）。",
                    "The resident identity number is not valid (18 characters, a real birth date, a correct check character).");
        }
    }

    public static ResidentIdNumber parse(String raw) {
        return new ResidentIdNumber(raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18 || !value.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1890) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return checkCharacter(value.substring(0, 17)) == value.charAt(17);
    }

    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }
}
