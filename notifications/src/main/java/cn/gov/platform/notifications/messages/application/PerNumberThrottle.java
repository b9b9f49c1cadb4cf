package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;
import java.time.Instant;
import java.util.Optional;

/** The per-number caps for non-urgent messages, shared by every instance. */
public interface PerNumberThrottle {

    /** Reserves a place for {@code messageId}; empty when reserved, else the earliest time one is free. */
    Optional<Instant> reserve(Phone phone, String messageId, Instant now);

    /** Gives the place back (the send failed, so nothing reached the phone). */
    void cancel(Phone phone, String messageId);
}
