package cn.gov.platform.events.intake;

import cn.gov.platform.events.PlatformEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One event of {@code intake.case-events}: its id and time, what it is about, and its typed payload. */
public record IntakeEvent(String eventId, Instant occurredAt, About about, IntakePayload payload)
        implements PlatformEvent {

    public IntakeEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new event with a fresh id. */
    public static IntakeEvent of(About about, IntakePayload payload, Instant at) {
        return new IntakeEvent(UUID.randomUUID().toString(), at, about, payload);
    }

    @Override
    public String type() {
        return payload.type();
    }
}
