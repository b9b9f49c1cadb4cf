package cn.gov.platform.identity.person.domain;

import cn.gov.platform.support.logging.PersonalData;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mainland mobile number: 11 digits starting with a number segment the MIIT has allocated
 * for voice/SMS mobile service (13x, 15x, 18x, 19x, ...). A leading +86 or 86 is dropped.
 * {@link #toString()} is masked ({@code 138****5678}).
 */
public record MobileNumber(String value) {

    public static final String FIELD = "phone";
    private static final Pattern SHAPE = Pattern.compile("1\\d{10}");
    // Allocated 3-digit segments for SMS-capable mobile service; 140-144 and 146 are data-only
    // IoT ranges that cannot receive the SMS codes and notices this number exists for.
    private static final Set<String> SEGMENTS = Set.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "145", "147", "149",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "162", "165", "166", "167",
            "170", "171", "172", "173", "175", "176", "177", "178",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
            "190", "191", "192", "193", "195", "196", "197", "198", "199");
    private static final Message INVALID = Message.of(
            "请输入有效的 11 位中国大陆手机号码。",
            "Enter a valid 11-digit mainland China mobile number.");

    public MobileNumber {
        if (!valid(value)) {
            throw DomainViolation.invalid(FIELD, "INVALID_PHONE", INVALID);
        }
    }

    public static MobileNumber parse(String raw, String field) {
        String digits = raw == null ? "" : raw.trim().replace(" ", "").replace("-", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (!valid(digits)) {
            throw DomainViolation.invalid(field, "INVALID_PHONE", INVALID);
        }
        return new MobileNumber(digits);
    }

    private static boolean valid(String value) {
        return value != null && SHAPE.matcher(value).matches() && SEGMENTS.contains(value.substring(0, 3));
    }

    public String masked() {
        return PersonalData.maskPhone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
