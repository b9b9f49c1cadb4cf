package cn.gov.platform.intake.outbox;

import cn.gov.platform.events.intake.About;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * An event as a case, rating, complaint or warning stores it in its outbox ({@code OutboxEvent},
 * {@code StaffEvent}), read back into the stream's contract and encoded by it: the relay sends
 * exactly what {@link CaseEvents} writes, and a stored value the contract does not know stays out.
 */
final class StoredEvents {

    private StoredEvents() {
    }

    static IntakeEvent event(Document stored) {
        About about = new About(text(stored, "caseId"), text(stored, "caseNumber"), text(stored, "itemCode"),
                text(stored, "applicantSubject"), text(stored, "agentSubject"), text(stored, "recipientSubject"),
                text(stored, "division"), text(stored, "department"));
        Map<String, String> payload = new LinkedHashMap<>();
        if (stored.get("payload") instanceof Document values) {
            values.forEach((name, value) -> {
                if (value != null) {
                    payload.put(name, String.valueOf(value));
                }
            });
        }
        return CaseEvents.CONTRACT.fromStored(stored.getString("eventId"), stored.getString("type"),
                instant(stored.get("occurredAt")), about, payload);
    }

    static Map<String, String> fields(Document stored) {
        return CaseEvents.CONTRACT.encode(event(stored));
    }

    private static @Nullable String text(Document d, String name) {
        Object value = d.get(name);
        return value == null ? null : String.valueOf(value);
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
