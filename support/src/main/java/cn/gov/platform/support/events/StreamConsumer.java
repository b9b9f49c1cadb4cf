package cn.gov.platform.support.events;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.PlatformEvent;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;

/**
 * This instance's consumer in one group on one stream. Each round: every {@code claimEvery} the
 * entries pending longer than {@code claimIdle} with any consumer (one that failed, or whose reader
 * died) are taken over with XAUTOCLAIM, then new entries are read with XREADGROUP. Each entry is
 * decoded by the stream's contract: an unknown type is acknowledged and counted, an entry that does
 * not fit the contract goes to the dead letters at once, an event handled before (same
 * {@code eventId}) is acknowledged and dropped, and every other event goes to the handler. An entry
 * is acknowledged only after it was handled (its id remembered first, so a redelivery is dropped);
 * one whose handling failed on {@code maxDeliveries} deliveries goes to the dead letters, with its
 * error, and is acknowledged so it stops coming back.
 */
public final class StreamConsumer<E extends PlatformEvent> {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);

    private final EventSubscription<E> subscription;
    private final StringRedisTemplate redis;
    private final DeadLetters deadLetters;
    private final EventsProperties.Consumer config;
    private final String consumer;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();
    private volatile boolean groupReady;
    private long nextClaim = System.nanoTime();
    private long nextMetrics = System.nanoTime();
    private String claimCursor = "0-0";

    public StreamConsumer(EventSubscription<E> subscription, StringRedisTemplate redis, DeadLetters deadLetters,
            EventsProperties.Consumer config, String consumer, Clock clock, MeterRegistry meters) {
        this.subscription = subscription;
        this.redis = redis;
        this.deadLetters = deadLetters;
        this.config = config;
        this.consumer = consumer;
        this.clock = clock;
        this.meters = meters;
        String[] tags = {"stream", subscription.stream(), "group", subscription.group()};
        Gauge.builder("platform.events.pending", pending, AtomicLong::get).tags(tags)
                .description("Entries read by the group but not yet acknowledged").register(meters);
        TimeGauge.builder("platform.events.lag", lagMillis, TimeUnit.MILLISECONDS, AtomicLong::get).tags(tags)
                .description("How far the group's last read entry is behind the stream's newest").register(meters);
    }

    /** An entry as read: its id, its fields (null if it was deleted from the stream) and how often it was delivered. */
    record Entry(String id, @Nullable Map<String, String> fields, long deliveries) {
    }

    public EventSubscription<E> subscription() {
        return subscription;
    }

    /** This reader's consumer name in the group. */
    public String name() {
        return consumer;
    }

    /** One round: the reclaim when due, then what is new (waiting up to {@code block}). Returns the entries settled. */
    public int poll() {
        try {
            ensureGroup();
            int settled = 0;
            if (System.nanoTime() - nextClaim >= 0) {
                settled += reclaim();
            }
            settled += handle(read());
            if (System.nanoTime() - nextMetrics >= 0) {
                nextMetrics = System.nanoTime() + config.metricsEvery().toNanos();
                refreshGauges();
            }
            return settled;
        } catch (RuntimeException e) {
            groupReady = false;
            throw e;
        }
    }

    /** Takes over entries idle longer than {@code claimIdle}, whoever held them, and handles them again. */
    int reclaim() {
        List<Entry> claimed = autoclaim();
        // A full batch may leave more behind: look again in the next round instead of waiting.
        nextClaim = System.nanoTime() + (claimed.size() >= config.batch() ? 0 : config.claimEvery().toNanos());
        if (claimed.isEmpty()) {
            return 0;
        }
        meters.counter("platform.events.reclaimed", "stream", subscription.stream(), "group", subscription.group())
                .increment(claimed.size());
        log.info("Stream {} group {}: reclaimed {} idle entries", subscription.stream(), subscription.group(),
                claimed.size());
        return handle(withDeliveries(claimed));
    }

    private List<Entry> read() {
        StreamReadOptions options = StreamReadOptions.empty().count(config.batch());
        if (!config.block().isZero()) {
            options = options.block(config.block());
        }
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(
                Consumer.from(subscription.group(), consumer), options,
                StreamOffset.create(subscription.stream(), ReadOffset.lastConsumed()));
        if (records == null || records.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(records.size());
        for (MapRecord<String, Object, Object> r : records) {
            Map<String, String> fields = new LinkedHashMap<>();
            r.getValue().forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
            entries.add(new Entry(r.getId().getValue(), fields, 1));
        }
        return entries;
    }

    /** Decodes, drops what is known or handled already, hands the rest to the handler, then acknowledges. */
    int handle(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<String> ack = new ArrayList<>();
        List<Entry> candidates = new ArrayList<>();
        List<E> events = new ArrayList<>();
        for (Entry e : entries) {
            if (e.fields() == null) {
                ack.add(e.id()); // deleted from the stream meanwhile: nothing to handle
                continue;
            }
            switch (subscription.contract().decode(e.fields())) {
                case Decoded.Known<E> known -> {
                    candidates.add(e);
                    events.add(known.event());
                }
                case Decoded.UnknownType<E> unknown -> {
                    meters.counter("platform.events.unknown-types", "stream", subscription.stream(), "group",
                            subscription.group(), "type", unknown.type()).increment();
                    count("unknown-type");
                    ack.add(e.id());
                }
                case Decoded.Malformed<E> malformed -> {
                    log.warn("Stream {} group {}: entry {} does not fit the contract ({}): dead-lettered",
                            subscription.stream(), subscription.group(), e.id(), malformed.reason());
                    if (deadLetter(e, "malformed: " + malformed.reason())) {
                        count("malformed");
                        ack.add(e.id());
                    }
                }
            }
        }
        Set<String> seen = seen(events.stream().map(PlatformEvent::eventId).toList());
        List<Entry> fresh = new ArrayList<>();
        List<E> freshEvents = new ArrayList<>();
        Map<String, List<Entry>> repeats = new HashMap<>();
        Set<String> first = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            String eventId = events.get(i).eventId();
            if (seen.contains(eventId)) {
                count("duplicate");
                ack.add(candidates.get(i).id());
            } else if (!first.add(eventId)) {
                repeats.computeIfAbsent(eventId, k -> new ArrayList<>()).add(candidates.get(i));
            } else {
                fresh.add(candidates.get(i));
                freshEvents.add(events.get(i));
            }
        }
        List<Handled> results = handleAll(freshEvents);
        List<String> handledIds = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Entry entry = fresh.get(i);
            E event = freshEvents.get(i);
            switch (results.get(i)) {
                case Handled.Done done -> {
                    count(done.outcome());
                    handledIds.add(event.eventId());
                    ack.add(entry.id());
                    for (Entry repeat : repeats.getOrDefault(event.eventId(), List.of())) {
                        count("duplicate");
                        ack.add(repeat.id());
                    }
                }
                case Handled.Deferred deferred -> {
                    count("deferred");
                    log.debug("Stream {} group {}: event {} ({}) waits: {}", subscription.stream(),
                            subscription.group(), event.eventId(), event.type(), deferred.reason());
                }
                case Handled.Failed failed -> {
                    String error = failed.cause().getClass().getSimpleName() + ": " + failed.cause().getMessage();
                    if (entry.deliveries() >= config.maxDeliveries()) {
                        log.warn("Stream {} group {}: event {} ({}) failed on delivery {}, dead-lettered: {}",
                                subscription.stream(), subscription.group(), event.eventId(), event.type(),
                                entry.deliveries(), error);
                        if (deadLetter(entry, error)) {
                            ack.add(entry.id());
                        }
                    } else {
                        count("failed");
                        log.warn("Stream {} group {}: event {} ({}) failed on delivery {}, left pending: {}",
                                subscription.stream(), subscription.group(), event.eventId(), event.type(),
                                entry.deliveries(), error);
                    }
                }
            }
        }
        remember(handledIds);
        if (!ack.isEmpty()) {
            redis.opsForStream().acknowledge(subscription.stream(), subscription.group(), ack.toArray(String[]::new));
        }
        return ack.size();
    }

    private List<Handled> handleAll(List<E> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            List<Handled> results = subscription.handler().handleAll(events);
            if (results.size() != events.size()) {
                throw new IllegalStateException("the handler answered " + results.size() + " results for "
                        + events.size() + " events");
            }
            return results;
        } catch (RuntimeException e) {
            Handled failed = e instanceof RetryLater later ? new Handled.Deferred(String.valueOf(later.getMessage()))
                    : new Handled.Failed(e);
            return events.stream().map(x -> failed).toList();
        }
    }

    /** Replays a dead letter through the handler; answers the handler's outcome (its exceptions go to the caller). */
    String replay(DeadLetter letter) {
        return switch (subscription.contract().decode(letter.fields())) {
            case Decoded.Known<E> known -> {
                String outcome = subscription.handler().handle(known.event());
                remember(List.of(known.event().eventId()));
                yield outcome;
            }
            case Decoded.UnknownType<E> unknown -> "UNKNOWN_TYPE";
            case Decoded.Malformed<E> malformed -> throw new NotAnEvent(malformed.reason());
        };
    }

    /** A dead letter that does not fit its stream's contract cannot be replayed. */
    static final class NotAnEvent extends RuntimeException {
        NotAnEvent(String reason) {
            super(reason);
        }
    }

    private boolean deadLetter(Entry e, String error) {
        Map<String, String> fields = e.fields() == null ? Map.of() : e.fields();
        try {
            deadLetters.add(new DeadLetter(DeadLetter.idOf(subscription.stream(), e.id(), subscription.group()),
                    subscription.stream(), subscription.group(), e.id(), fields.get("eventId"), fields.get("type"),
                    fields, e.deliveries(), error, clock.instant(), null, null, null));
        } catch (RuntimeException storeFailed) {
            log.warn("Stream {} group {}: entry {} not dead-lettered ({}), left pending", subscription.stream(),
                    subscription.group(), e.id(), storeFailed.toString());
            return false;
        }
        meters.counter("platform.events.dead-lettered", "stream", subscription.stream(), "group", subscription.group())
                .increment();
        count("dead-lettered");
        return true;
    }

    private void count(String outcome) {
        meters.counter("platform.events.consumed", "stream", subscription.stream(), "group", subscription.group(),
                "outcome", outcome).increment();
    }

    // --- duplicates --------------------------------------------------------------------------------

    private String seenKey(String eventId) {
        return "events:seen:" + subscription.group() + ":" + eventId;
    }

    private Set<String> seen(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<Object> replies = redis.executePipelined((RedisCallback<Object>) c -> {
            for (String id : eventIds) {
                c.keyCommands().exists(bytes(seenKey(id)));
            }
            return null;
        });
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < eventIds.size(); i++) {
            Object r = replies.get(i);
            if (Boolean.TRUE.equals(r) || (r instanceof Number n && n.longValue() > 0)) {
                seen.add(eventIds.get(i));
            }
        }
        return seen;
    }

    private void remember(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Expiration window = Expiration.from(config.dedupeWindow());
        redis.executePipelined((RedisCallback<Object>) c -> {
            for (String id : eventIds) {
                c.stringCommands().set(bytes(seenKey(id)), bytes("1"), window, RedisStringCommands.SetOption.upsert());
            }
            return null;
        });
    }

    // --- Redis --------------------------------------------------------------------------------------

    void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            // From the start of the stream: a group created after events were written still sees them.
            redis.execute((RedisCallback<String>) c -> c.streamCommands().xGroupCreate(bytes(subscription.stream()),
                    subscription.group(), ReadOffset.from("0-0"), true));
            log.info("Stream {}: group {} created; reading as {}", subscription.stream(), subscription.group(), consumer);
        } catch (RuntimeException e) {
            if (!mentions(e, "BUSYGROUP")) {
                throw e;
            }
        }
        groupReady = true;
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * XAUTOCLAIM through Lettuce on the template's connection: Spring Data Redis has no such
     * command, and its generic {@code execute} cannot read the nested reply.
     */
    @SuppressWarnings("unchecked")
    private List<Entry> autoclaim() {
        ClaimedMessages<byte[], byte[]> reply = redis.execute((RedisCallback<ClaimedMessages<byte[], byte[]>>) c -> {
            var commands = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
            try {
                return commands.xautoclaim(bytes(subscription.stream()), XAutoClaimArgs.Builder.xautoclaim(
                        io.lettuce.core.Consumer.from(bytes(subscription.group()), bytes(consumer)),
                        config.claimIdle(), claimCursor).count(config.batch())).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reclaiming", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("XAUTOCLAIM failed: " + e.getMessage(), e);
            }
        });
        if (reply == null) {
            return List.of();
        }
        claimCursor = reply.getId();
        List<Entry> entries = new ArrayList<>();
        for (StreamMessage<byte[], byte[]> m : reply.getMessages()) {
            Map<String, String> fields = null;
            if (m.getBody() != null) {
                fields = new LinkedHashMap<>();
                for (Map.Entry<byte[], byte[]> f : m.getBody().entrySet()) {
                    fields.put(text(f.getKey()), text(f.getValue()));
                }
            }
            entries.add(new Entry(m.getId(), fields, 0));
        }
        return entries;
    }

    /** The claimed entries with their delivery counts (XAUTOCLAIM counted the claim as one). */
    private List<Entry> withDeliveries(List<Entry> claimed) {
        Map<String, Long> counts = new HashMap<>();
        PendingMessages pendingMessages = redis.opsForStream().pending(subscription.stream(), subscription.group(),
                Range.closed(claimed.getFirst().id(), claimed.getLast().id()), claimed.size() * 2L);
        for (PendingMessage p : pendingMessages) {
            counts.put(p.getIdAsString(), p.getTotalDeliveryCount());
        }
        return claimed.stream().map(e -> new Entry(e.id(), e.fields(), counts.getOrDefault(e.id(), 1L))).toList();
    }

    private void refreshGauges() {
        try {
            StreamInfo.XInfoStream info = redis.opsForStream().info(subscription.stream());
            for (StreamInfo.XInfoGroup g : redis.opsForStream().groups(subscription.stream())) {
                if (g.groupName().equals(subscription.group())) {
                    pending.set(g.pendingCount());
                    lagMillis.set(Math.max(0, millisOf(info.lastGeneratedId()) - millisOf(g.lastDeliveredId())));
                }
            }
        } catch (RuntimeException e) {
            log.debug("Gauges of {} {} not read: {}", subscription.stream(), subscription.group(), e.toString());
        }
    }

    /** The time part of a stream id ({@code <ms>-<seq>}). */
    private static long millisOf(@Nullable String id) {
        if (id == null || id.isEmpty()) {
            return 0;
        }
        int dash = id.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? id : id.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
