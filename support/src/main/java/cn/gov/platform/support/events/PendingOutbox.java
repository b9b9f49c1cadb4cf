package cn.gov.platform.support.events;

import java.util.List;

/**
 * One document's outbox with the events not yet relayed, in the order they were recorded.
 *
 * @param key     how hints name the document (e.g. {@code cases/<id>})
 * @param version what the store needs to mark the events only if the document did not change meanwhile
 * @param events  the events not yet relayed, oldest first
 */
public record PendingOutbox(String key, Object version, List<OutboxEntry> events) {

    public PendingOutbox {
        events = List.copyOf(events);
    }
}
