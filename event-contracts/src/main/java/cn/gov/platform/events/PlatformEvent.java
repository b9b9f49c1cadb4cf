package cn.gov.platform.events;

import java.time.Instant;

/** What every entry of every platform stream carries: its id (consumers drop duplicates by it), type and time. */
public interface PlatformEvent {

    String eventId();

    /** The type's name on the stream, e.g. {@code CaseApproved}. */
    String type();

    Instant occurredAt();
}
