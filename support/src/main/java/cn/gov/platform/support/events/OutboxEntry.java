package cn.gov.platform.support.events;

import java.util.Map;

/** One event waiting in an outbox, already encoded by its stream's contract as the entry's fields. */
public record OutboxEntry(String eventId, String type, Map<String, String> fields) {

    public OutboxEntry {
        fields = Map.copyOf(fields);
    }
}
