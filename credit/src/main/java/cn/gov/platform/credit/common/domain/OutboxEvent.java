package cn.gov.platform.credit.common.domain;

import cn.gov.platform.events.credit.CreditEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event of {@code credit.events} as an entry or a petition keeps it in its outbox: written in
 * the same document write as the change that caused it and relayed to the stream afterwards (at
 * least once; consumers drop duplicates by {@code eventId}). It is made from the stream's typed
 * contract ({@link CreditEvent}) and stored in the shape the documents have always had:
 * {@code details} are a moved answer date's {@code petitionId}, {@code previousDueBy} and
 * {@code dueBy}. Never an identity or phone number.
 */
public record OutboxEvent(String eventId, String type, String entryId, @Nullable String recipientSubject,
        Instant occurredAt, @Nullable Instant publishedAt, Map<String, String> details) {

    public OutboxEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The contract's event, not yet relayed. */
    public static OutboxEvent of(CreditEvent e) {
        Map<String, String> details = new LinkedHashMap<>();
        CreditEvent.DueDateMoved moved = e.moved();
        if (moved != null) {
            if (moved.petitionId() != null) {
                details.put("petitionId", moved.petitionId());
            }
            if (moved.previousDueBy() != null) {
                details.put("previousDueBy", moved.previousDueBy().toString());
            }
            if (moved.dueBy() != null) {
                details.put("dueBy", moved.dueBy().toString());
            }
        }
        return new OutboxEvent(e.eventId(), e.type(), e.entryId(), e.recipientSubject(), e.occurredAt(), null, details);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public OutboxEvent published(Instant at) {
        return new OutboxEvent(eventId, type, entryId, recipientSubject, occurredAt, at, details);
    }
}
