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
 */
public record Holder(String subject, Kind kind, String displayName, @Nullable String idHash,
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
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        if (subject.isBlank() || subject.length() > 100) {
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
