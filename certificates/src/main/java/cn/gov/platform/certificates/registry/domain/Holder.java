package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a certificate. A person is identified by the token subject and a hash of the
 * identity number (the number itself never reaches this service); an enterprise by its
 * unified social credit code, which is public.
 *
 * <p>A certificate imported from the paper era for someone without an account yet has no
 * subject: it waits for its holder (issue 18, point 3) under its {@link #awaitingKey()}, the
 * person's identity-number key (identity's keyed fingerprint, as {@code idHash}) or the
 * enterprise's credit code, until the account that identity says holds that key takes it.
 */
public record Holder(@Nullable String subject, Kind kind, String displayName, @Nullable String idHash,
        @Nullable String creditCode) {

    public enum Kind {
        PERSON, ENTERPRISE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind of(String code) {
            return switch (code) {
                case "person" -> PERSON;
                case "enterprise" -> ENTERPRISE;
                default -> throw DomainViolation.invalid("holder.kind", "INVALID_HOLDER_KIND",
                        "持证主体类型应为 person 或 enterprise。", "The holder kind must be person or enterprise.");
            };
        }
    }

    public Holder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        if (subject != null && (subject.isBlank() || subject.length() > 100)) {
            throw DomainViolation.invalid("holder.subject", "INVALID_HOLDER", "持证主体标识不正确。",
                    "The holder's subject is missing or too long.");
        }
        if (displayName.isBlank() || displayName.length() > 100) {
            throw DomainViolation.invalid("holder.displayName", "INVALID_HOLDER", "持证主体名称不能为空且不超过 100 字。",
                    "The holder's display name is required and at most 100 characters.");
        }
        if (kind == Kind.PERSON && (idHash == null || !idHash.matches("[0-9a-f]{64}"))) {
            throw DomainViolation.invalid("holder.idHash", "INVALID_ID_HASH",
                    "自然人持证主体需提供身份证号码的哈希值（64 位十六进制）。",
                    "A person holder needs the hash of the identity number (64 hex digits).");
        }
        if (kind == Kind.ENTERPRISE) {
            creditCode = UnifiedSocialCreditCode.parse(creditCode, "holder.creditCode").value();
        }
    }

    /** Whether the certificate still waits for its holder's account. */
    public boolean awaitingHolder() {
        return subject == null;
    }

    /**
     * What a waiting certificate waits under: {@code person:<idHash>} or {@code enterprise:<code>};
     * null once it has a holder.
     */
    public @Nullable String awaitingKey() {
        if (subject != null) {
            return null;
        }
        return kind == Kind.PERSON ? personKey(Objects.requireNonNull(idHash)) : enterpriseKey(Objects.requireNonNull(creditCode));
    }

    public static String personKey(String idKey) {
        return "person:" + idKey;
    }

    public static String enterpriseKey(String creditCode) {
        return "enterprise:" + creditCode;
    }

    /** The same holder, now with the account that took the certificate. */
    public Holder claimedBy(String newSubject) {
        return new Holder(newSubject, kind, displayName, idHash, creditCode);
    }

    /**
     * Whether {@code other} names this holder: the same, or, when either still waits for its
     * account, the same apart from the account (a legacy row imported again after its holder took it).
     */
    public boolean sameAs(Holder other) {
        if (equals(other)) {
            return true;
        }
        return (awaitingHolder() || other.awaitingHolder()) && kind == other.kind
                && displayName.equals(other.displayName) && Objects.equals(idHash, other.idHash)
                && Objects.equals(creditCode, other.creditCode);
    }

    /** A person's name shows its first character only (张**); an enterprise's name is public record. */
    public String maskedName() {
        if (kind == Kind.ENTERPRISE) {
            return displayName;
        }
        int first = displayName.codePointAt(0);
        int rest = displayName.codePointCount(0, displayName.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }

    Map<String, @Nullable String> signedData() {
        Map<String, @Nullable String> data = new LinkedHashMap<>();
        data.put("subject", subject);
        data.put("kind", kind.code());
        data.put("displayName", displayName);
        data.put("idHash", idHash);
        data.put("creditCode", creditCode);
        return data;
    }
}
