package cn.gov.platform.credit.common.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event written in the same document write as the change that caused it and relayed to the
 * stream {@code credit.events} afterwards (at least once; consumers drop duplicates by
 * {@code eventId}). It names the entry and, when known, the account to tell; never an identity
 * or phone number.
 */
public record OutboxEvent(String eventId, String type, String entryId, @Nullable String recipientSubject,
        Instant occurredAt, @Nullable Instant publishedAt) {

    public static OutboxEvent of(String type, String entryId, @Nullable String recipientSubject, Instant at) {
        return new OutboxEvent(java.util.UUID.randomUUID().toString(), type, entryId, recipientSubject, at, null);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public OutboxEvent published(Instant at) {
        return new OutboxEvent(eventId, type, entryId, recipientSubject, occurredAt, at);
    }
}
