package cn.gov.platform.credit.events;

import cn.gov.platform.support.events.MongoOutboxStore;
import cn.gov.platform.support.events.OutboxHints;

/**
 * Tells the relay of {@code credit.events} which document has new events, after the write that
 * recorded them ({@code collection/id}; support's event library keeps the hints and wakes the relay).
 * Only a hint: the document's {@code outboxPending} flag is the truth, and the relay's sweep finds lost hints.
 */
public class CreditOutboxHints {

    private final OutboxHints hints;

    public CreditOutboxHints(OutboxHints hints) {
        this.hints = hints;
    }

    public void pending(String collection, String id) {
        hints.pending(MongoOutboxStore.key(collection, id));
    }
}
