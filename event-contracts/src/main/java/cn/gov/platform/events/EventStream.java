package cn.gov.platform.events;

import java.util.List;
import java.util.Map;

/**
 * One stream's contract: its name, its event types with their versions, and how an event is
 * written as the entry's fields and read back. Reading tolerates fields it does not know and
 * optional fields an older producer did not write.
 */
public interface EventStream<E extends PlatformEvent> {

    /** The Redis stream's key, e.g. {@code intake.case-events}. */
    String name();

    /** Every type of the stream with the version of its payload. */
    List<EventType> types();

    /** The entry's fields, in the order the producers have always written them. */
    Map<String, String> encode(E event);

    Decoded<E> decode(Map<String, String> fields);
}
