package cn.gov.platform.events.intake;

import org.jspecify.annotations.Nullable;

/**
 * What an event of intake's stream is about, and whom it concerns. Case events name the case
 * ({@code caseId} always, {@code caseNumber} once it has one, or its refusal's notice number),
 * the item, the applicant (the principal) and the agent who filed for them; supervision's events
 * may name a {@code recipientSubject} instead (the complainant), and a complaint about a
 * department names no case. Never a phone or identity number.
 */
public record About(@Nullable String caseId, @Nullable String caseNumber, @Nullable String itemCode,
        @Nullable String applicantSubject, @Nullable String agentSubject, @Nullable String recipientSubject,
        @Nullable String division, @Nullable String department) {

    /** A case's event: told to its applicant (or, failing that, the agent). */
    public static About aCase(String caseId, @Nullable String caseNumber, String itemCode, String applicantSubject,
            @Nullable String agentSubject, String division, String department) {
        return new About(caseId, caseNumber, itemCode, applicantSubject, agentSubject, null, division, department);
    }

    /** Supervision's event about a case, a rating or a complaint; {@code recipientSubject} when someone is to be told. */
    public static About supervision(@Nullable String caseId, @Nullable String caseNumber, @Nullable String itemCode,
            @Nullable String recipientSubject, String division, String department) {
        return new About(caseId, caseNumber, itemCode, null, null, recipientSubject, division, department);
    }

    /** The person to tell: the one the event names, else the applicant. */
    public @Nullable String personToTell() {
        return recipientSubject != null ? recipientSubject : applicantSubject;
    }

    /** How a person knows the case: its number once it has one, else its id. */
    public @Nullable String caseRef() {
        return caseNumber != null ? caseNumber : caseId;
    }
}
