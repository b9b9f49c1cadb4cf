package cn.gov.platform.certificates.registry.domain;

/** What verification can say of a certificate (CER-3). */
public enum VerificationStatus {
    VALID, REVOKED, SUSPENDED, EXPIRED, TAMPERED, UNKNOWN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
