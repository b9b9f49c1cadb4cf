package cn.gov.platform.kernel.identifiers;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 18-character resident identity number (GB 11643): 6-digit region (its province a GB/T 2260
 * prefix), 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or
 * X). {@link #parse} accepts a lower-case x and stores it upper-case. {@link #toString()} is masked
 * so that the number cannot reach a log by accident (IDN-4); {@link #value()} is for encryption,
 * hashing and the real-name check only.
 *
 * <p>A value reads no clock: whether the birth date lies in the future depends on the day it is
 * asked, so the use cases that have the injected clock ask {@link #requireBornBy}.
 */
public record ResidentIdNumber(String value) {

    /** The field a problem names when nothing more precise is given. */
    public static final String FIELD = "idNumber";
    public static final String INVALID = "INVALID_ID_NUMBER";
    /** No one alive was born before this; an earlier date is a typing error. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    // Province-level prefixes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao, 83 for residence
    // permits of Taiwan residents); anything else cannot be a real region.
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final Message MALFORMED = Message.of("身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X。",
            "A resident identity number has 18 characters: 17 digits, then a digit or X.");
    private static final Message REGION = Message.of("身份证号码的地区码无效。",
            "The region code of the identity number is not valid.");
    private static final Message BIRTH_DATE = Message.of("身份证号码中的出生日期无效。",
            "The birth date in the identity number is not a valid past date.");
    private static final Message CHECK_CHARACTER = Message.of("身份证号码校验位不正确，请核对后重新输入。",
            "The check character of the identity number is wrong; check the number and type it again.");

    public ResidentIdNumber {
        Message fault = fault(value);
        if (fault != null) {
            throw DomainViolation.invalid(FIELD, INVALID, fault);
        }
    }

    /** Parses what a client typed (trimmed, a final x upper-cased), naming {@code field} if it is wrong. */
    public static ResidentIdNumber parse(@Nullable String raw, String field) {
        String normalised = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        Message fault = fault(normalised);
        if (fault != null) {
            throw DomainViolation.invalid(field, INVALID, fault);
        }
        return new ResidentIdNumber(normalised);
    }

    /** Parses what a client typed in the field {@value #FIELD}. */
    public static ResidentIdNumber parse(@Nullable String raw) {
        return parse(raw, FIELD);
    }

    /** Whether {@code value} is a valid number exactly as written (no trimming, no upper-casing). */
    public static boolean isValid(@Nullable String value) {
        return fault(value) == null;
    }

    /** Why {@code value} is not a valid number, or null if it is. */
    private static @Nullable Message fault(@Nullable String value) {
        if (value == null || value.length() != 18 || !value.substring(0, 17).chars().allMatch(ResidentIdNumber::isDigit)
                || !(isDigit(value.charAt(17)) || value.charAt(17) == 'X')) {
            return MALFORMED;
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return REGION;
        }
        Optional<LocalDate> birth = birthDateIn(value);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH)) {
            return BIRTH_DATE;
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return CHECK_CHARACTER;
        }
        return null;
    }

    // Character.isDigit would also accept full-width and other scripts' digits.
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<LocalDate> birthDateIn(String value) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String body) {
        if (body.length() != 17 || !body.chars().allMatch(ResidentIdNumber::isDigit)) {
            throw new IllegalArgumentException("the check character is computed over 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateIn(value).orElseThrow();
    }

    /** Whether the birth date is after {@code today}: no one can hold such a number yet. */
    public boolean bornAfter(LocalDate today) {
        return birthDate().isAfter(today);
    }

    /**
     * Refuses a number whose birth date lies after {@code today} (the date in China by the caller's
     * clock) with the same problem as any other invalid number, naming {@code field}.
     */
    public ResidentIdNumber requireBornBy(LocalDate today, String field) {
        if (bornAfter(today)) {
            throw DomainViolation.invalid(field, INVALID, BIRTH_DATE);
        }
        return this;
    }

    /** {@code 11010519491231002X} becomes {@code 110***********002X}: region kept, birth date hidden. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
