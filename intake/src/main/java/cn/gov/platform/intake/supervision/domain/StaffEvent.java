package cn.gov.platform.intake.supervision.domain;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event of supervision, ratings or complaints, written into the outbox of the document whose
 * change caused it and relayed to {@code intake.case-events} like the case events. Besides the
 * case fields it may name {@code recipientSubject}, the person to tell when it is not the
 * applicant (the complainant); events for a department have none and carry the department.
 * Fields about a case are absent when there is no case (a complaint about a department).
 */
public record StaffEvent(String eventId, String type, @Nullable String caseId, @Nullable String caseNumber,
        @Nullable String itemCode, @Nullable String applicantSubject, @Nullable String recipientSubject,
        String division, String department, Instant occurredAt, Map<String, String> payload,
        @Nullable Instant publishedAt) {

    public StaffEvent {
        payload = Map.copyOf(payload);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public StaffEvent published(Instant at) {
        return new StaffEvent(eventId, type, caseId, caseNumber, itemCode, applicantSubject, recipientSubject,
                division, department, occurredAt, payload, at);
    }
}
