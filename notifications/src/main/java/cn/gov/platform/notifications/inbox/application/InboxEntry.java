package cn.gov.platform.notifications.inbox.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in a person's inbox; its id is the message's id, so an event lands there once. */
public record InboxEntry(String id, String recipientSubject, String templateCode, @Nullable String eventId, String text,
        boolean read, Instant createdAt) {
}
