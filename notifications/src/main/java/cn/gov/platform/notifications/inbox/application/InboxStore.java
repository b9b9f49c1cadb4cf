package cn.gov.platform.notifications.inbox.application;

import java.time.Instant;
import java.util.List;

/** Everyone's inbox; every query is by recipient, so nobody's read reaches another's. */
public interface InboxStore {

    /** Adds the entry unless one with its id exists (a redelivered event). */
    void add(InboxEntry entry);

    /** Adds every entry whose id is not there yet, in one round trip. */
    void addAll(List<InboxEntry> entries);

    List<InboxEntry> newestFirst(String recipientSubject, int limit, boolean unreadOnly);

    long unread(String recipientSubject);

    /** False when the recipient has no such entry (whether or not someone else has). */
    boolean markRead(String recipientSubject, String id);

    /** Deletes entries created before {@code before}; returns how many. */
    long purgeCreatedBefore(Instant before);
}
