package cn.gov.platform.support.events;

import cn.gov.platform.events.PlatformEvent;
import java.util.List;

/**
 * What a consumer group does with its stream's events. At least once: an event may come again
 * (rarely: the library drops what it already handled by {@code eventId}), so handling is
 * idempotent. Throwing leaves the entry pending (it is handled again after the idle time and
 * dead-lettered after too many failed deliveries); {@link RetryLater} waits without counting.
 */
@FunctionalInterface
public interface EventHandler<E extends PlatformEvent> {

    /** Handles one event; returns a short word for what it did (e.g. {@code HANDLED}, {@code IGNORED}). */
    String handle(E event);

    /** Handles a batch read at once; by default one by one. A handler that stores in bulk overrides it. */
    default List<Handled> handleAll(List<E> events) {
        return events.stream().map(e -> Handled.by(() -> handle(e))).toList();
    }
}
