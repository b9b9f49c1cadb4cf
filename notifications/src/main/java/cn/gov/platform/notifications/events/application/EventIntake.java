package cn.gov.platform.notifications.events.application;

import cn.gov.platform.notifications.events.domain.EventRouting;
import cn.gov.platform.notifications.events.domain.InboundEvent;
import cn.gov.platform.notifications.events.domain.Notice;
import cn.gov.platform.notifications.messages.application.Enqueue;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handles one event: routes it and enqueues a message per recipient. Throws when it cannot
 * (store down, no approved template, variables that do not fit): the event then stays pending
 * in its consumer group and is tried again, and dead-lettered after too many deliveries.
 */
public class EventIntake {

    public enum Outcome {
        /** At least one message queued now. */
        QUEUED,
        /** Every message already existed (a redelivery). */
        DUPLICATE,
        /** A type this service does not know: acknowledged and counted. */
        UNKNOWN_TYPE,
        /** A known type that names nobody to tell. */
        NO_RECIPIENT
    }

    private final EventRouting routing;
    private final Enqueue enqueue;
    private final MeterRegistry meters;

    public EventIntake(EventRouting routing, Enqueue enqueue, MeterRegistry meters) {
        this.routing = routing;
        this.enqueue = enqueue;
        this.meters = meters;
    }

    public Outcome handle(InboundEvent event, Map<String, String> payload) {
        Optional<List<Notice>> notices = routing.route(event, payload);
        Outcome outcome;
        if (notices.isEmpty()) {
            outcome = Outcome.UNKNOWN_TYPE;
        } else if (notices.get().isEmpty()) {
            outcome = Outcome.NO_RECIPIENT;
        } else {
            outcome = Outcome.DUPLICATE;
            for (Notice n : notices.get()) {
                if (enqueue.enqueue(n) == Enqueue.Outcome.QUEUED) {
                    outcome = Outcome.QUEUED;
                }
            }
        }
        meters.counter("notifications.events.consumed", "stream", event.stream(),
                "type", outcome == Outcome.UNKNOWN_TYPE ? "unknown" : event.type(), "outcome", outcome.name()).increment();
        return outcome;
    }
}
