package cn.gov.platform.notifications.messages.domain;

import java.util.regex.Pattern;

/**
 * A mainland mobile number (11 digits starting 13-19), held only in memory while a message is
 * sent: it is looked up at send time and never stored. {@link #toString()} is masked, so a log
 * statement that prints it by accident still leaks nothing.
 */
public record Phone(String digits) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public static boolean isValid(String digits) {
        return digits != null && MOBILE.matcher(digits).matches();
    }

    public Phone {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
    }

    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
