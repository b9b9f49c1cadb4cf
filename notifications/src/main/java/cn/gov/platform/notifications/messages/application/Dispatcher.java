package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.FailureKind;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.notifications.messages.domain.QuietHours;
import cn.gov.platform.notifications.messages.domain.RetryPolicy;
import cn.gov.platform.notifications.messages.domain.SendResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages. MongoDB is the queue (status QUEUED, due at {@code notBefore}); a
 * message is taken in two steps so that two instances never send it both: first a Redis lease
 * on its id (SET NX with expiry: only one caller can hold it), then a conditional write QUEUED →
 * SENDING on the version that was read, re-read to check that this dispatcher's lease is the
 * one stored. The embedded store may let two concurrent conditional updates both "succeed";
 * the lease is what makes the claim exclusive, and the message id is sent to the provider as
 * its idempotency key for the one case left (a dispatcher killed after the provider took the
 * message and before it recorded SENT: after the lease runs out the message is sent again
 * with the same id).
 */
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** What the dispatcher needs to know about time and patience. */
    public record Settings(String owner, Duration lease, QuietHours quietHours, RetryPolicy retry,
            Duration identityRetry) {
    }

    private final MessageStore store;
    private final Leases leases;
    private final Contacts contacts;
    private final SmsGateway gateway;
    private final PerNumberThrottle perNumber;
    private final Enqueue enqueue;
    private final Settings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    public Dispatcher(MessageStore store, Leases leases, Contacts contacts, SmsGateway gateway,
            PerNumberThrottle perNumber, Enqueue enqueue, Settings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.leases = leases;
        this.contacts = contacts;
        this.gateway = gateway;
        this.perNumber = perNumber;
        this.enqueue = enqueue;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** Claims up to {@code max} due messages for this dispatcher. */
    public List<Message> claimDue(int max) {
        Instant now = clock.instant();
        List<Message> claimed = new ArrayList<>();
        for (Message m : store.due(now, max * 2)) {
            if (claimed.size() >= max) {
                break;
            }
            claim(m).ifPresent(claimed::add);
        }
        return claimed;
    }

    /** Due messages, oldest first; not yet claimed (see {@link #claim}). */
    public List<Message> due(int max) {
        return store.due(clock.instant(), max);
    }

    /** Takes one message for this dispatcher, or empty if another one has it. */
    public Optional<Message> claim(Message m) {
        if (!leases.acquire(m.id(), settings.owner(), settings.lease())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Message mine = m.claim(settings.owner(), now.plus(settings.lease()), now);
        if (store.update(m, mine)) {
            Optional<Message> stored = store.find(m.id());
            if (stored.isPresent() && stored.get().version() == mine.version()
                    && settings.owner().equals(stored.get().leaseOwner())) {
                return stored;
            }
        }
        leases.release(m.id(), settings.owner());
        return Optional.empty();
    }

    /** Takes one claimed message as far as it can go now. Never throws: a failure leaves it to its lease. */
    public void deliver(Message m) {
        try {
            attempt(m);
        } catch (RuntimeException e) {
            // The message stays SENDING until its lease runs out and is then queued again.
            log.warn("Dispatch of message {} failed unexpectedly: {}", m.id(), e.toString());
        }
    }

    private void attempt(Message m) {
        Instant now = clock.instant();
        if (!m.urgent()) {
            Optional<Instant> quiet = settings.quietHours().deferUntil(now);
            if (quiet.isPresent()) {
                defer(m, quiet.get(), "QUIET_HOURS");
                return;
            }
        }
        if (m.text() == null) {
            finish(m, m.failed("BODY_PURGED", now));
            return;
        }
        switch (contacts.phoneOf(m.recipientSubject())) {
            case Contacts.NoPhone none -> finish(m, m.inboxOnly(none.reason(), now));
            case Contacts.Unavailable down -> defer(m, now.plus(settings.identityRetry()), "IDENTITY_UNAVAILABLE");
            case Contacts.Found found -> {
                if (!m.urgent()) {
                    Optional<Instant> later = perNumber.reserve(found.phone(), m.id(), now);
                    if (later.isPresent()) {
                        defer(m, later.get(), "PER_NUMBER_LIMIT");
                        return;
                    }
                }
                SendResult result = gateway.send(m.id(), found.phone(), m.text(), m.uncertainAt(),
                        () -> leases.renew(m.id(), settings.owner(), settings.lease()));
                Instant after = clock.instant();
                switch (result) {
                    case SendResult.Abandoned abandoned -> {
                        // Another dispatcher holds it now (this one was too slow); it is theirs to send,
                        // with the per-number reservation, which is keyed by the message id.
                        meters.counter("notifications.sms.abandoned").increment();
                    }
                    case SendResult.Accepted ok -> {
                        finish(m, m.sent(ok.provider(), ok.providerMessageId(), after));
                        meters.counter("notifications.sms.sent", "provider", ok.provider()).increment();
                    }
                    case SendResult.Refused refused -> {
                        if (!m.urgent()) {
                            perNumber.cancel(found.phone(), m.id());
                        }
                        Optional<Duration> retry = settings.retry().nextDelay(m.attempts() + 1, refused.kind());
                        if (retry.isPresent()) {
                            finish(m, m.retryAt(after.plus(retry.get()), refused.reason(), refused.uncertainAt(), after));
                            meters.counter("notifications.sms.retried", "reason", refused.reason()).increment();
                        } else {
                            String reason = refused.kind() == FailureKind.PERMANENT ? refused.reason()
                                    : "GAVE_UP_" + refused.reason();
                            finish(m, m.failed(reason, after));
                            meters.counter("notifications.sms.failed", "reason", reason).increment();
                        }
                    }
                }
            }
        }
    }

    private void defer(Message m, Instant until, String reason) {
        finish(m, m.defer(until, reason, clock.instant()));
        meters.counter("notifications.sms.deferred", "reason", reason).increment();
    }

    private void finish(Message before, Message after) {
        boolean written = store.update(before, after);
        leases.release(before.id(), settings.owner());
        if (!written) {
            // A delivery receipt got there first; its state stands.
            return;
        }
        if (after.status() == MessageStatus.INBOX_ONLY) {
            meters.counter("notifications.sms.inbox-only").increment();
        }
        enqueue.tellAgent(after);
    }

    /** Puts messages whose dispatcher died (lease expired in Redis and in the store) back in the queue. */
    public int releaseExpiredLeases() {
        Instant now = clock.instant();
        int released = 0;
        for (Message m : store.expiredLeases(now, 500)) {
            if (!leases.isHeld(m.id()) && store.update(m, m.leaseExpired(now))) {
                released++;
            }
        }
        if (released > 0) {
            meters.counter("notifications.sms.leases-expired").increment(released);
            log.info("Requeued {} messages whose dispatcher stopped holding them", released);
        }
        return released;
    }
}
