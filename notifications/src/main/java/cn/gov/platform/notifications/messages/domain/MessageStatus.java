package cn.gov.platform.notifications.messages.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an SMS stands. The allowed moves are this table and nothing else:
 *
 * <pre>
 * QUEUED  → SENDING                      (claimed by one dispatcher under a lease)
 * SENDING → QUEUED                       (deferred, retried later, or its lease ran out)
 *         → SENT | FAILED | INBOX_ONLY   (the provider's answer, or no phone to send to)
 *         → DELIVERED                    (a receipt overtook the dispatcher's own write)
 * SENT    → DELIVERED | FAILED           (delivery receipt)
 * </pre>
 */
public enum MessageStatus {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, INBOX_ONLY;

    public Set<MessageStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(SENDING);
            case SENDING -> EnumSet.of(QUEUED, SENT, FAILED, INBOX_ONLY, DELIVERED);
            case SENT -> EnumSet.of(DELIVERED, FAILED);
            case DELIVERED, FAILED, INBOX_ONLY -> EnumSet.noneOf(MessageStatus.class);
        };
    }

    public boolean canMoveTo(MessageStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
