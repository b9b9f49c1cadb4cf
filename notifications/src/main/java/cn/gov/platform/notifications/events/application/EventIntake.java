package cn.gov.platform.notifications.events.application;

import cn.gov.platform.events.PlatformEvent;
import cn.gov.platform.notifications.events.domain.EventRouting;
import cn.gov.platform.notifications.messages.application.Enqueue;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.Notice;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Handles events: routes each and enqueues a message per recipient. {@link #prepare} throws
 * for an event that cannot be handled (no approved template, variables that do not fit): that
 * event then stays pending in its consumer group, is tried again and is dead-lettered after too
 * many deliveries, while the rest of its batch goes through. {@link #commit} stores a batch in
 * one round trip per collection.
 */
public class EventIntake {

    public enum Outcome {
        /** At least one message queued now. */
        QUEUED,
        /** Every message already existed (a redelivery, a replay). */
        DUPLICATE,
        /** A type nobody is told about by SMS. */
        IGNORED,
        /** A routed type that names nobody to tell. */
        NO_RECIPIENT
    }

    /** An event routed and rendered, ready to be stored. */
    public record Prepared(String stream, PlatformEvent event, List<Message> messages, Outcome outcomeWithoutMessages) {
    }

    private final EventRouting routing;
    private final Enqueue enqueue;
    private final MeterRegistry meters;

    public EventIntake(EventRouting routing, Enqueue enqueue, MeterRegistry meters) {
        this.routing = routing;
        this.enqueue = enqueue;
        this.meters = meters;
    }

    public Outcome handle(String stream, PlatformEvent event) {
        return commit(List.of(prepare(stream, event))).getFirst();
    }

    public Prepared prepare(String stream, PlatformEvent event) {
        Optional<List<Notice>> notices = routing.route(event);
        if (notices.isEmpty()) {
            return new Prepared(stream, event, List.of(), Outcome.IGNORED);
        }
        List<Message> messages = new ArrayList<>();
        for (Notice n : notices.get()) {
            messages.add(enqueue.prepare(n));
        }
        return new Prepared(stream, event, messages, Outcome.NO_RECIPIENT);
    }

    /** Stores every prepared event's messages; returns each event's outcome, in order. */
    public List<Outcome> commit(List<Prepared> batch) {
        List<Message> all = new ArrayList<>();
        batch.forEach(p -> all.addAll(p.messages()));
        Set<String> created = all.isEmpty() ? Set.of() : enqueue.storeAll(all);
        List<Outcome> outcomes = new ArrayList<>();
        for (Prepared p : batch) {
            Outcome outcome = p.messages().isEmpty() ? p.outcomeWithoutMessages()
                    : p.messages().stream().anyMatch(m -> created.contains(m.id())) ? Outcome.QUEUED : Outcome.DUPLICATE;
            meters.counter("notifications.events.consumed", "stream", p.stream(), "type", p.event().type(), "outcome",
                    outcome.name()).increment();
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
