package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A certificate's unique, readable number: type prefix, year of issue, the issuing county's
 * six-digit code and a six-digit serial, e.g. {@code JY-2026-640324-000017}.
 */
public record CertificateNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6}-\\d{6,9}");

    public CertificateNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw DomainViolation.invalid("number", "INVALID_CERTIFICATE_NUMBER",
                    "证照编号格式不正确（如 JY-2026-640324-000017）。",
                    "The certificate number is not well formed (e.g. JY-2026-640324-000017).");
        }
    }

    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }

    public static CertificateNumber of(String prefix, int year, String division, long serial) {
        return new CertificateNumber("%s-%04d-%s-%06d".formatted(prefix, year, division.substring(0, 6), serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
