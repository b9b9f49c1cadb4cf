package cn.gov.platform.support.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Documents with outboxes, in memory: each with a version its writes increment, like the services' stores. */
final class InMemoryOutboxStore implements OutboxStore {

    record Event(String eventId, String type, Map<String, String> fields, boolean relayed) {
    }

    static final class Doc {
        long version;
        final List<Event> outbox = new ArrayList<>();
    }

    final Map<String, Doc> docs = new LinkedHashMap<>();
    /** How many of the next marks fail, as if the process died after XADD and before marking. */
    final AtomicInteger marksThatCrash = new AtomicInteger();

    /** Records an event in the document's outbox, as a state change would (a new version). */
    synchronized void record(String key, String eventId, String value) {
        Doc d = docs.computeIfAbsent(key, k -> new Doc());
        d.version++;
        d.outbox.add(new Event(eventId, "Ping", new TestEvents("any").encode(TestEvents.ping(eventId, value)), false));
    }

    @Override
    public synchronized List<PendingOutbox> pending(Collection<String> keys) {
        return keys.stream().filter(docs::containsKey).map(k -> pendingOf(k, docs.get(k)))
                .filter(p -> !p.events().isEmpty()).toList();
    }

    @Override
    public synchronized List<PendingOutbox> sweep(int limit) {
        return docs.entrySet().stream().map(e -> pendingOf(e.getKey(), e.getValue()))
                .filter(p -> !p.events().isEmpty()).limit(limit).toList();
    }

    private static PendingOutbox pendingOf(String key, Doc d) {
        return new PendingOutbox(key, d.version, d.outbox.stream().filter(e -> !e.relayed())
                .map(e -> new OutboxEntry(e.eventId(), e.type(), e.fields())).toList());
    }

    @Override
    public synchronized void markRelayed(PendingOutbox outbox, List<String> eventIds) {
        if (marksThatCrash.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the process died before marking");
        }
        Doc d = docs.get(outbox.key());
        if (d.version != (long) outbox.version()) {
            return; // changed meanwhile: relayed again next time
        }
        Set<String> ids = Set.copyOf(eventIds);
        d.outbox.replaceAll(e -> ids.contains(e.eventId()) ? new Event(e.eventId(), e.type(), e.fields(), true) : e);
    }
}
