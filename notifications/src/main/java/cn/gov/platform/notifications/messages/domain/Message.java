package cn.gov.platform.notifications.messages.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One SMS to one recipient for one event, and its inbox copy. Its id is derived from (eventId,
 * recipient), so the primary key itself makes a second message for the same event and person
 * impossible, however often the event arrives. Immutable: every change returns the next version
 * (the store writes it only over the version it was read at) and must be allowed by
 * {@link MessageStatus}.
 *
 * @param fallbackFor for a message telling an agent that the principal could not be reached: the
 *                    id of the message that failed; null otherwise
 * @param text        the rendered body; removed by the purge job after the retention period
 * @param uncertainAt the provider that was sent the message and never answered (a timeout): it may
 *                    have taken it, so until it answers, it is the only provider asked again (with
 *                    the same idempotency key); null when no provider may hold it unknowingly
 */
public record Message(String id, String eventId, String eventType, String recipientSubject,
        @Nullable String agentSubject, @Nullable String caseRef, @Nullable String division, String templateCode,
        int templateVersion, @Nullable String text, boolean urgent, MessageStatus status, int attempts, int deferrals,
        Instant notBefore, Instant createdAt, Instant updatedAt, @Nullable String provider,
        @Nullable String providerMessageId, @Nullable String failure, @Nullable String leaseOwner,
        @Nullable Instant leaseUntil, @Nullable String fallbackFor, @Nullable String uncertainAt, long version) {

    public static String idOf(String eventId, String recipientSubject) {
        return eventId + ":" + recipientSubject;
    }

    public static Message queued(String eventId, String eventType, String recipientSubject, @Nullable String agentSubject,
            @Nullable String caseRef, @Nullable String division, String templateCode, int templateVersion, String text,
            boolean urgent, @Nullable String fallbackFor, Instant now) {
        return new Message(idOf(eventId, recipientSubject), eventId, eventType, recipientSubject, agentSubject, caseRef,
                division, templateCode, templateVersion, text, urgent, MessageStatus.QUEUED, 0, 0, now, now, now, null,
                null, null, null, null, fallbackFor, null, 0);
    }

    /** Taken by one dispatcher until {@code until}. */
    public Message claim(String owner, Instant until, Instant now) {
        return move(MessageStatus.SENDING, now, b -> {
            b.leaseOwner = owner;
            b.leaseUntil = until;
        });
    }

    /** Not now (quiet hours, a per-number cap): back to the queue without counting an attempt. */
    public Message defer(Instant until, String reason, Instant now) {
        return move(MessageStatus.QUEUED, now, b -> {
            b.notBefore = until;
            b.deferrals = deferrals + 1;
            b.failure = reason;
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    /** A transient failure: back to the queue after a backoff, one attempt counted; no provider may hold it. */
    public Message retryAt(Instant at, String reason, Instant now) {
        return retryAt(at, reason, null, now);
    }

    /**
     * A transient failure: back to the queue after a backoff, one attempt counted. {@code uncertainAt}
     * names the provider that may have taken it (no answer came back), null when every provider asked
     * answered that it did not.
     */
    public Message retryAt(Instant at, String reason, @Nullable String uncertainAt, Instant now) {
        return move(MessageStatus.QUEUED, now, b -> {
            b.notBefore = at;
            b.attempts = attempts + 1;
            b.failure = reason;
            b.leaseOwner = null;
            b.leaseUntil = null;
            b.uncertainAt = uncertainAt;
        });
    }

    /** The dispatcher that held it is gone (its lease ran out): back to the queue as it was. */
    public Message leaseExpired(Instant now) {
        return move(MessageStatus.QUEUED, now, b -> {
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    public Message sent(String provider, String providerMessageId, Instant now) {
        return move(MessageStatus.SENT, now, b -> {
            b.attempts = attempts + 1;
            b.provider = provider;
            b.providerMessageId = providerMessageId;
            b.failure = null;
            b.uncertainAt = null;
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    public Message failed(String reason, Instant now) {
        return move(MessageStatus.FAILED, now, b -> {
            b.attempts = status == MessageStatus.SENDING ? attempts + 1 : attempts;
            b.failure = reason;
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    /** No phone number to send to: the inbox copy is all the person gets. */
    public Message inboxOnly(String reason, Instant now) {
        return move(MessageStatus.INBOX_ONLY, now, b -> {
            b.failure = reason;
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    public Message delivered(Instant now) {
        return move(MessageStatus.DELIVERED, now, b -> {
            b.leaseOwner = null;
            b.leaseUntil = null;
        });
    }

    /** The body is gone after the retention period; the record of what happened stays. */
    public Message purged() {
        return new Message(id, eventId, eventType, recipientSubject, agentSubject, caseRef, division, templateCode,
                templateVersion, null, urgent, status, attempts, deferrals, notBefore, createdAt, updatedAt, provider,
                providerMessageId, failure, leaseOwner, leaseUntil, fallbackFor, uncertainAt, version + 1);
    }

    /** The principal could not be reached by SMS; in an agent-filed case the agent is told. */
    public boolean needsAgentFallback() {
        return (status == MessageStatus.FAILED || status == MessageStatus.INBOX_ONLY) && agentSubject != null
                && fallbackFor == null && !agentSubject.equals(recipientSubject);
    }

    private Message move(MessageStatus target, Instant now, java.util.function.Consumer<Builder> change) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransition(status, target);
        }
        Builder b = new Builder(this);
        change.accept(b);
        return new Message(id, eventId, eventType, recipientSubject, agentSubject, caseRef, division, templateCode,
                templateVersion, text, urgent, target, b.attempts, b.deferrals, b.notBefore, createdAt, now, b.provider,
                b.providerMessageId, b.failure, b.leaseOwner, b.leaseUntil, fallbackFor, b.uncertainAt, version + 1);
    }

    private static final class Builder {
        int attempts;
        int deferrals;
        Instant notBefore;
        @Nullable String provider;
        @Nullable String providerMessageId;
        @Nullable String failure;
        @Nullable String leaseOwner;
        @Nullable Instant leaseUntil;
        @Nullable String uncertainAt;

        Builder(Message m) {
            attempts = m.attempts;
            deferrals = m.deferrals;
            notBefore = m.notBefore;
            provider = m.provider;
            providerMessageId = m.providerMessageId;
            failure = m.failure;
            leaseOwner = m.leaseOwner;
            leaseUntil = m.leaseUntil;
            uncertainAt = m.uncertainAt;
        }
    }
}
