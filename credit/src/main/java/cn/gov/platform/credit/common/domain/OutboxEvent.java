package cn.gov.platform.credit.common.domain;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event written in the same document write as the change that caused it and relayed to the
 * stream {@code credit.events} afterwards (at least once; consumers drop duplicates by
 * {@code eventId}). It names the entry and, when known, the account to tell; never an identity
 * or phone number. {@code details} are further plain fields of the event (a moved answer date:
 * {@code petitionId}, {@code previousDueBy}, {@code dueBy}); they never hold personal data either.
 */
public record OutboxEvent(String eventId, String type, String entryId, @Nullable String recipientSubject,
        Instant occurredAt, @Nullable Instant publishedAt, Map<String, String> details) {

    public OutboxEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static OutboxEvent of(String type, String entryId, @Nullable String recipientSubject, Instant at) {
        return of(type, entryId, recipientSubject, at, Map.of());
    }

    public static OutboxEvent of(String type, String entryId, @Nullable String recipientSubject, Instant at,
            Map<String, String> details) {
        return new OutboxEvent(java.util.UUID.randomUUID().toString(), type, entryId, recipientSubject, at, null, details);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public OutboxEvent published(Instant at) {
        return new OutboxEvent(eventId, type, entryId, recipientSubject, occurredAt, at, details);
    }
}
