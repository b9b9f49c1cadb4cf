package cn.gov.platform.support.events;

import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.PlatformEvent;

/**
 * A consumer group reading one stream: declared by a service as a bean, run by the library (one
 * reader per instance, every instance a consumer of the group).
 *
 * @param group    the consumer group, e.g. {@code credit} or {@code intake-issuance}
 * @param stream   the stream's key; the contract's name unless a test reads its own copy
 * @param contract how the stream's entries decode into events
 * @param handler  what the group does with each event
 */
public record EventSubscription<E extends PlatformEvent>(String group, String stream, EventStream<E> contract,
        EventHandler<E> handler) {

    public static <E extends PlatformEvent> EventSubscription<E> of(String group, EventStream<E> contract,
            EventHandler<E> handler) {
        return new EventSubscription<>(group, contract.name(), contract, handler);
    }

    /** The same group reading another stream of the same contract (a test's own copy). */
    public EventSubscription<E> onStream(String otherStream) {
        return new EventSubscription<>(group, otherStream, contract, handler);
    }
}
