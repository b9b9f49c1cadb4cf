package cn.gov.platform.support.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Relays one source's outboxes to its stream. One relay at a time across instances (a lock per
 * source in Redis, renewed while it works), so each document's events reach the stream in the
 * order they were recorded. At least once: an event is marked relayed only after XADD took it, so
 * a crash in between sends it again, and consumers drop the duplicate by its {@code eventId}. A
 * pass reads the documents the hints name and, every {@code sweepEvery}, the store's own list of
 * documents with events not yet relayed (a hint lost, everything after a restart).
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxSource source;
    private final StringRedisTemplate redis;
    private final EventsProperties.Relay config;
    private final MeterRegistry meters;
    private final RedisLock lock;
    private long nextSweep = System.nanoTime();

    public OutboxRelay(OutboxSource source, StringRedisTemplate redis, EventsProperties.Relay config,
            MeterRegistry meters) {
        this.source = source;
        this.redis = redis;
        this.config = config;
        this.meters = meters;
        this.lock = new RedisLock(redis, "events:outbox:" + source.name() + ":lock", config.lockTtl());
    }

    /** What one pass did: whether it held the lock, how many documents and events it relayed, and whether there may be more. */
    public record Pass(boolean locked, int outboxes, int events, boolean more) {

        static final Pass NOT_MINE = new Pass(false, 0, 0, false);
    }

    /** One pass; another instance holding the lock makes it a pass that did nothing. */
    public Pass relayOnce() {
        if (!lock.acquire()) {
            return Pass.NOT_MINE;
        }
        List<String> hinted = List.of();
        Set<String> done = new HashSet<>();
        try {
            hinted = source.hints().take(config.batch());
            Map<String, PendingOutbox> outboxes = new LinkedHashMap<>();
            source.store().pending(hinted).forEach(o -> outboxes.put(o.key(), o));
            boolean sweptFull = false;
            if (System.nanoTime() - nextSweep >= 0) {
                nextSweep = System.nanoTime() + config.sweepEvery().toNanos();
                List<PendingOutbox> swept = source.store().sweep(config.batch());
                swept.forEach(o -> outboxes.putIfAbsent(o.key(), o));
                sweptFull = swept.size() >= config.batch();
                if (sweptFull) {
                    // More than one pass's worth is waiting: sweep again in the next pass.
                    nextSweep = System.nanoTime();
                }
            }
            int events = 0;
            for (PendingOutbox outbox : outboxes.values()) {
                if (!lock.keep()) {
                    log.warn("Relay of {} lost its lock mid-pass; the rest is left to its new holder", source.name());
                    source.hints().putBack(hinted.stream().filter(k -> !done.contains(k)).toList());
                    return new Pass(true, done.size(), events, false);
                }
                events += relay(outbox);
                done.add(outbox.key());
            }
            int relayed = done.size();
            done.addAll(hinted); // the hints of documents with nothing to relay are done too
            return new Pass(true, relayed, events, hinted.size() >= config.batch() || sweptFull);
        } catch (RuntimeException e) {
            meters.counter("platform.events.relay.failures", "source", source.name()).increment();
            source.hints().putBack(hinted.stream().filter(k -> !done.contains(k)).toList());
            throw e;
        } finally {
            try {
                lock.release();
            } catch (RuntimeException e) {
                log.debug("Lock {} not released, it expires by itself: {}", lock.key(), e.toString());
            }
        }
    }

    /** Sends one document's events in order, then marks those the stream took (also when a later one failed). */
    private int relay(PendingOutbox outbox) {
        List<String> sent = new ArrayList<>();
        try {
            for (OutboxEntry e : outbox.events()) {
                redis.opsForStream().add(StreamRecords.string(e.fields()).withStreamKey(source.stream()));
                meters.counter("platform.events.relayed", "stream", source.stream(), "type", e.type()).increment();
                sent.add(e.eventId());
            }
        } catch (RuntimeException e) {
            if (!sent.isEmpty()) {
                source.store().markRelayed(outbox, sent);
            }
            throw e;
        }
        if (!sent.isEmpty()) {
            source.store().markRelayed(outbox, sent);
        }
        return sent.size();
    }

    public OutboxSource source() {
        return source;
    }
}
