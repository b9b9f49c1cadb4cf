package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The message queue and its history. Every write of a changed message is conditional on the
 * version it was read at, so of two writers racing on one message exactly one wins.
 */
public interface MessageStore {

    /** Stores a new message; false if one with its id (event and recipient) already exists. */
    boolean insertIfAbsent(Message message);

    /** Stores those whose id is not taken yet, in one round trip; returns the ids it stored. */
    java.util.Set<String> insertAllIfAbsent(List<Message> messages);

    Optional<Message> find(String id);

    List<Message> byEvent(String eventId);

    /** QUEUED messages whose {@code notBefore} has come, oldest first. */
    List<Message> due(Instant now, int limit);

    /** SENDING messages whose lease ran out (their dispatcher died). */
    List<Message> expiredLeases(Instant now, int limit);

    /** Writes {@code after} only if the stored message is still at {@code before}'s version. */
    boolean update(Message before, Message after);

    /** How many messages wait in the queue (QUEUED, due or not). */
    long countQueued();

    /** Removes the bodies of finished messages last changed before {@code before}; returns how many. */
    long purgeBodies(Instant before);
}
