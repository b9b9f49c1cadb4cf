package cn.gov.platform.support.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where personal data is masked (IDN-4). Displays use {@link #maskPhone} and
 * {@link #maskIdNumber}; every log line passes through {@link #scrub} as a safety net, so a
 * careless log statement still cannot leak an identity number, a phone number or a token.
 */
public final class PersonalData {

    // 18-character resident identity numbers (and 15-digit legacy ones) standing on their own.
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8}|\\d{6})(\\d{3}[0-9Xx]?)(?![0-9A-Za-z])");
    // Mainland mobile numbers, optionally with +86 / 86.
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+?86)?1[3-9]\\d)(\\d{4})(\\d{4})(?![0-9])");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

    private PersonalData() {
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String maskPhone(String phone) {
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** {@code 11010519491231002X} becomes {@code 110***********002X}: region kept, birth date hidden. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber.length() < 8) {
            return "****";
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }

    /** Masks every identity number, mobile number and token found in free text. */
    public static String scrub(String text) {
        return mayContainPersonalData(text) ? scrubAll(text) : text;
    }

    /** The patterns themselves, without the quick check. */
    static String scrubAll(String text) {
        String result = JWT.matcher(text).replaceAll("[token]");
        result = BEARER.matcher(result).replaceAll("$1[token]");
        result = replace(ID_NUMBER, result, m -> maskIdNumber(m.group()));
        return replace(MOBILE, result, m -> m.group(1) + "****" + m.group(3));
    }

    /**
     * One pass without a regex: whether any of the patterns could match at all. Every log line goes
     * through {@link #scrub} (the gateway's access log included), and most contain no run of 11
     * digits, no "eyJ" and no "bearer", so they are returned as they are.
     */
    static boolean mayContainPersonalData(String text) {
        int digits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 11) {
                    return true;
                }
                continue;
            }
            digits = 0;
            if ((c == 'e' && text.startsWith("eyJ", i))
                    || ((c == 'b' || c == 'B') && text.regionMatches(true, i, "bearer", 0, 6))) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> mask) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
