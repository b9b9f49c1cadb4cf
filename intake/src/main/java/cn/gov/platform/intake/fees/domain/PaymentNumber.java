package cn.gov.platform.intake.fees.domain;

import java.util.regex.Pattern;

/** A readable, unique payment number: {@code JK} county-year-serial, e.g. {@code JK640324-2026-0000001}. */
public record PaymentNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("JK\\d{6}-\\d{4}-\\d{7}");

    public PaymentNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a payment number");
        }
    }

    public static PaymentNumber of(String county, int year, long serial) {
        return new PaymentNumber(String.format("JK%s-%04d-%07d", county, year, serial));
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public long serial() {
        return Long.parseLong(value.substring(value.length() - 7));
    }
}
