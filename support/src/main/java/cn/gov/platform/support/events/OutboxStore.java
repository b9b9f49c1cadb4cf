package cn.gov.platform.support.events;

import java.util.Collection;
import java.util.List;

/**
 * The port each service implements for its store: the relay's view of the outboxes kept in the
 * aggregates' own documents (each written in the same document write as the state change). Only
 * documents whose outbox holds events not yet relayed are answered.
 */
public interface OutboxStore {

    /** Of the documents these hints name, those with events not yet relayed. */
    List<PendingOutbox> pending(Collection<String> keys);

    /** Up to {@code limit} documents with events not yet relayed, whatever hinted them (the sweep). */
    List<PendingOutbox> sweep(int limit);

    /**
     * Marks these events of the outbox relayed. A store may mark nothing when the document changed
     * since it was read: the events are then relayed again and consumers drop them by id.
     */
    void markRelayed(PendingOutbox outbox, List<String> eventIds);
}
