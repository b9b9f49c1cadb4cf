package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.UUID;

/**
 * The case's own identifier from the moment it is drafted. Acceptance and notice numbers come
 * later and only for some cases; this one never changes and reveals nothing.
 */
public record CaseId(String value) {

    public CaseId {
        try {
            if (value == null || !UUID.fromString(value).toString().equals(value)) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw DomainViolation.notFound("CASE_NOT_FOUND", "办件不存在。", "There is no such case.");
        }
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /**
     * The id of the case a filer creates with an idempotency key: derived from both, so a retry
     * names the same case and the store's primary key itself refuses a second one. It reveals
     * nothing: without the filer's subject and key it cannot be computed, and reading a case
     * still requires being allowed to see it.
     */
    public static CaseId forSubmission(String filerSubject, String idempotencyKey) {
        return new CaseId(UUID.nameUUIDFromBytes((filerSubject + "\n" + idempotencyKey)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
