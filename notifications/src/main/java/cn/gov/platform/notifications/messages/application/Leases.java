package cn.gov.platform.notifications.messages.application;

import java.time.Duration;

/** Short exclusive leases on messages, so two dispatchers never send the same one. */
public interface Leases {

    boolean acquire(String messageId, String owner, Duration ttl);

    void release(String messageId, String owner);

    /** Extends the lease if {@code owner} still holds it; false if it was lost (expired, taken over). */
    boolean renew(String messageId, String owner, Duration ttl);

    boolean isHeld(String messageId);
}
