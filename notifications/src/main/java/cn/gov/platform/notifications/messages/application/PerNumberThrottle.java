package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;
import java.time.Instant;
import java.util.Optional;

/** The per-number caps for non-urgent messages, shared by every instance. */
public interface PerNumberThrottle {

    /**
     * Empty when {@code messageId} may go now (its send is recorded); else the moment its place
     * comes, held for it so that the messages waiting for one number are woken one at a time.
     */
    Optional<Instant> reserve(Phone phone, String messageId, Instant now);

    /** Gives the send or the place back (the send failed, so nothing reached the phone). */
    void cancel(Phone phone, String messageId);
}
