package cn.gov.platform.identity.person.domain;

import cn.gov.platform.support.logging.PersonalData;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The 18-character resident identity number (GB 11643): 6-digit region, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X). A lower-case x is
 * accepted and stored upper-case. {@link #toString()} is masked so that the number cannot reach
 * a log by accident (IDN-4); {@link #value()} is for encryption and verification only.
 */
public record ResidentIdNumber(String value) {

    public static final String FIELD = "idNumber";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    // Province-level prefixes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao, 83 for residence
    // permits of Taiwan residents); anything else cannot be a real region.
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ResidentIdNumber {
        failure(value, LocalDate.now(CHINA)).ifPresent(m -> {
            throw PlatformException.invalid(FIELD, "INVALID_ID_NUMBER", m);
        });
    }

    /** Parses what a client typed (upper-casing a final x), naming {@code field} if it is wrong. */
    public static ResidentIdNumber parse(String raw, String field) {
        String normalised = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        failure(normalised, LocalDate.now(CHINA)).ifPresent(m -> {
            throw PlatformException.invalid(field, "INVALID_ID_NUMBER", m);
        });
        return new ResidentIdNumber(normalised);
    }

    /** Why {@code value} is not a valid number on {@code today}, or empty if it is. */
    static java.util.Optional<Message> failure(String value, LocalDate today) {
        if (value == null || value.length() != 18 || !value.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return java.util.Optional.of(Message.of("身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X。",
                    "A resident identity number has 18 characters: 17 digits, then a digit or X."));
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return java.util.Optional.of(Message.of("身份证号码的地区码无效。",
                    "The region code of the identity number is not valid."));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            birth = null;
        }
        if (birth == null || birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            return java.util.Optional.of(Message.of("身份证号码中的出生日期无效。",
                    "The birth date in the identity number is not a valid past date."));
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return java.util.Optional.of(Message.of("身份证号码校验位不正确，请核对后重新输入。",
                    "The check character of the identity number is wrong; check the number and type it again."));
        }
        return java.util.Optional.empty();
    }

    /** ISO 7064 MOD 11-2 over the 17 digits. */
    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public String masked() {
        return PersonalData.maskIdNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
