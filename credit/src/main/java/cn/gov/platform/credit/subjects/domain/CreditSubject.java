package cn.gov.platform.credit.subjects.domain;

/**
 * A resolved subject: its key and how it may be shown in public (an enterprise's full name, a
 * person's masked name). Never holds the identity number.
 */
public record CreditSubject(SubjectKey key, String publicName) {
}
