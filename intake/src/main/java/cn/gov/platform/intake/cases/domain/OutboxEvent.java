package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event written with the state change that caused it, in the same document, and relayed to
 * the stream afterwards (at least once; consumers drop duplicates by {@code eventId}). It
 * carries what the contract lists and never a phone or identity number.
 */
public record OutboxEvent(String eventId, String type, String caseId, @Nullable String caseNumber, String itemCode,
        String applicantSubject, @Nullable String agentSubject, String division, String department,
        Instant occurredAt, Map<String, String> payload, @Nullable Instant publishedAt) {

    public OutboxEvent {
        payload = Map.copyOf(payload);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
