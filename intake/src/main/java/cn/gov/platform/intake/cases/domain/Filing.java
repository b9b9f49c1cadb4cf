package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who a case is for and who filed it. With an agent, the case belongs to the principal (INT-10):
 * {@code applicantSubject} is the villager, {@code agentSubject} the agent, {@code mandateId} the
 * recorded consent the identity service confirmed.
 */
public record Filing(String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId,
        String idempotencyKey, String fingerprint) {

    public String filerSubject() {
        return agentSubject != null ? agentSubject : applicantSubject;
    }

    /** The principal and the agent who filed for them both see the case as theirs (INT-10). */
    public boolean isApplicantSide(String subject) {
        return subject.equals(applicantSubject) || subject.equals(agentSubject);
    }
}
