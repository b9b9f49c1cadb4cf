package cn.gov.platform.credit.events;

import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.credit.CreditEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * An event as an entry or a petition stores it in its outbox ({@code OutboxEvent}), read back into
 * the stream's contract and encoded by it: the relay sends exactly what {@link CreditEvents} writes.
 */
final class StoredEvents {

    private StoredEvents() {
    }

    static CreditEvent event(Document stored) {
        CreditEvent.Type kind = CreditEvent.Type.valueOf(stored.getString("type"));
        CreditEvent.DueDateMoved moved = null;
        if (kind.movesADueDate() && stored.get("details") instanceof Document details) {
            moved = new CreditEvent.DueDateMoved(details.getString("petitionId"), date(details.getString("previousDueBy")),
                    date(details.getString("dueBy")));
        }
        return new CreditEvent(stored.getString("eventId"), kind, stored.getString("entryId"),
                stored.getString("recipientSubject"), instant(stored.get("occurredAt")), moved);
    }

    static Map<String, String> fields(Document stored) {
        return CreditEvents.CONTRACT.encode(event(stored));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(@Nullable Object value) {
        return switch (value) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case null -> throw new IllegalStateException("a stored event without occurredAt");
            default -> Instant.parse(String.valueOf(value));
        };
    }
}
