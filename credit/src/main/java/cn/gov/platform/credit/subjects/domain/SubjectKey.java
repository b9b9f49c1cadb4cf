package cn.gov.platform.credit.subjects.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.regex.Pattern;

/**
 * What credit keys a subject by: {@code P:} and the HMAC-SHA256 (hex) of a natural person's
 * identity number, or {@code L:} and a legal person's unified social credit code. The number
 * itself is never part of a key, so an entry, a log line or an event cannot reveal it.
 */
public record SubjectKey(String value) {

    private static final Pattern PERSON = Pattern.compile("P:[0-9a-f]{64}");

    public SubjectKey {
        if (value == null || !(PERSON.matcher(value).matches()
                || value.startsWith("L:") && UnifiedSocialCreditCode.isValid(value.substring(2)))) {
            throw DomainViolation.invalid("subjectKey", "INVALID_SUBJECT_KEY", "信用主体标识无效。",
                    "The credit subject key is not valid.");
        }
    }

    public static SubjectKey legalPerson(UnifiedSocialCreditCode code) {
        return new SubjectKey("L:" + code.value());
    }

    public static SubjectKey naturalPerson(String hmacHex) {
        return new SubjectKey("P:" + hmacHex);
    }

    public SubjectKind kind() {
        return value.startsWith("L:") ? SubjectKind.LEGAL_PERSON : SubjectKind.NATURAL_PERSON;
    }

    /** The credit code of a legal person; public information, shown in full. */
    public String creditCode() {
        return kind() == SubjectKind.LEGAL_PERSON ? value.substring(2) : "";
    }

    /** A short reference safe to show: the credit code, or eight characters of the hash. */
    public String reference() {
        return kind() == SubjectKind.LEGAL_PERSON ? creditCode() : "P-" + value.substring(2, 10);
    }
}
