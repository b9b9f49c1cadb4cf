package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who a case is for and who filed it. With an agent, the case belongs to the principal (INT-10):
 * {@code applicantSubject} is the villager, {@code agentSubject} the agent, {@code mandateId} the
 * recorded consent the identity service confirmed. Filed at the window by a clerk for a person present
 * (issue 17), {@code counter} holds the clerk's attestation; the clerk is the filer, and the applicant is
 * the person's account or person record ({@code record:<id>}, see identity's person records).
 * Filed by a person acting for an enterprise (issue 18), the case is the enterprise's: the applicant is
 * {@code enterprise:<credit code>}, and {@code enterprise} names it and the person who filed.
 * {@code principalName} is the real name of the person a case is for when someone else filed it (issue 20):
 * the villager as identity named the principal of the agent's mandate, or the person at the window as the
 * clerk read it from their identity document; so that staff read whom the case is for. Null for a
 * person's or an enterprise's own filing.
 */
public record Filing(String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId,
        String idempotencyKey, String fingerprint, @Nullable CounterAttestation counter,
        @Nullable EnterpriseFiling enterprise, @Nullable String principalName) {

    /** The enterprise a case belongs to and the member who filed it for the enterprise. */
    public record EnterpriseFiling(String creditCode, String name, String filedBy) {

        public ActingEnterprise acting() {
            return new ActingEnterprise(creditCode, name);
        }
    }

    public Filing(String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId,
            String idempotencyKey, String fingerprint) {
        this(applicantSubject, agentSubject, mandateId, idempotencyKey, fingerprint, null, null, null);
    }

    public Filing(String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId,
            String idempotencyKey, String fingerprint, @Nullable CounterAttestation counter) {
        this(applicantSubject, agentSubject, mandateId, idempotencyKey, fingerprint, counter, null, null);
    }

    /** A case an agent files for a principal under the mandate identity confirmed, with the principal's name. */
    public static Filing byAgent(String principal, @Nullable String principalName, String agent,
            @Nullable String mandateId, String idempotencyKey, String fingerprint) {
        return new Filing(principal, agent, mandateId, idempotencyKey, fingerprint, null, null, principalName);
    }

    /** A case of the enterprise, filed by one of its members acting for it. */
    public static Filing forEnterprise(ActingEnterprise enterprise, String filedBy, String idempotencyKey,
            String fingerprint) {
        return new Filing(enterprise.subject(), null, null, idempotencyKey, fingerprint, null,
                new EnterpriseFiling(enterprise.creditCode(), enterprise.name(), filedBy), null);
    }

    /** Whether the case belongs to that enterprise (by credit code). */
    public boolean belongsTo(String creditCode) {
        return enterprise != null && enterprise.creditCode().equals(creditCode);
    }

    public String filerSubject() {
        if (counter != null) {
            return counter.clerkSubject();
        }
        if (enterprise != null) {
            return enterprise.filedBy();
        }
        return agentSubject != null ? agentSubject : applicantSubject;
    }

    /** The clerk who filed this case at the window for the person present, who may still complete it for them. */
    public boolean isCounterFiler(String subject) {
        return counter != null && counter.clerkSubject().equals(subject);
    }

    /** The applicant is a person record (served without an account), not an account. */
    public boolean isForPersonRecord() {
        return applicantSubject.startsWith("record:");
    }

    /** The principal and the agent who filed for them both see the case as theirs (INT-10). */
    public boolean isApplicantSide(String subject) {
        return subject.equals(applicantSubject) || subject.equals(agentSubject);
    }
}
