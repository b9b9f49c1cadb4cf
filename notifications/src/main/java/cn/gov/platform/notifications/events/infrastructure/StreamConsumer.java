package cn.gov.platform.notifications.events.infrastructure;

import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.events.application.DeadLetter;
import cn.gov.platform.notifications.events.application.DeadLetters;
import cn.gov.platform.notifications.events.application.EventIntake;
import cn.gov.platform.notifications.events.domain.InboundEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads one stream in the consumer group shared by every instance. At least once: an entry is
 * acknowledged (XACK) only after its messages are stored, so a crash leaves it pending. Pending
 * entries idle longer than {@code claimIdle}, whoever held them (this instance before a
 * restart, or a dead one), are taken over with XAUTOCLAIM and handled again; an entry delivered
 * more than {@code maxDeliveries} times is stored as a dead letter and acknowledged so it stops
 * looping. Handling is idempotent (messages are keyed by event and recipient), so a
 * redelivery adds nothing.
 */
class StreamConsumer {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);

    private final String stream;
    private final StringRedisTemplate redis;
    private final EventIntake intake;
    private final DeadLetters deadLetters;
    private final Function<String, Map<String, String>> payloadParser;
    private final NotificationsProperties.Events config;
    private final String consumer;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
    private Instant nextClaim = Instant.EPOCH;
    private String claimCursor = "0-0";

    StreamConsumer(String stream, StringRedisTemplate redis, EventIntake intake, DeadLetters deadLetters,
            Function<String, Map<String, String>> payloadParser, NotificationsProperties.Events config, String consumer,
            Clock clock, MeterRegistry meters) {
        this.stream = stream;
        this.redis = redis;
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.payloadParser = payloadParser;
        this.config = config;
        this.consumer = consumer;
        this.clock = clock;
        this.meters = meters;
    }

    /** Creates the group (and the stream) if needed, from the stream's beginning. */
    void ensureGroup() {
        try {
            redis.execute((RedisCallback<Object>) c -> c.execute("XGROUP", bytes("CREATE"), bytes(stream),
                    bytes(config.group()), bytes("0"), bytes("MKSTREAM")));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")
                    && !(e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("BUSYGROUP"))) {
                throw e;
            }
        }
    }

    /** One round: reclaim what is due, then read new entries (blocking up to {@code block}). Returns entries handled. */
    int poll() {
        int handled = 0;
        if (!clock.instant().isBefore(nextClaim)) {
            nextClaim = clock.instant().plus(config.claimEvery());
            handled += reclaim();
        }
        @SuppressWarnings("unchecked")
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(
                Consumer.from(config.group(), consumer),
                StreamReadOptions.empty().count(config.batch()).block(config.block()),
                StreamOffset.create(stream, ReadOffset.lastConsumed()));
        if (records != null && !records.isEmpty()) {
            List<Entry> entries = new ArrayList<>();
            for (MapRecord<String, Object, Object> r : records) {
                Map<String, String> fields = new LinkedHashMap<>();
                r.getValue().forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
                entries.add(new Entry(r.getId().getValue(), fields));
            }
            handled += handleAll(entries);
        }
        return handled;
    }

    record Entry(String id, Map<String, String> fields) {
    }

    /** XAUTOCLAIM: take over entries idle too long; dead-letter those delivered too often. */
    int reclaim() {
        List<Entry> claimed = autoclaim();
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<String, Long> deliveries = deliveries(claimed);
        List<Entry> retry = new ArrayList<>();
        List<String> dead = new ArrayList<>();
        for (Entry e : claimed) {
            long count = deliveries.getOrDefault(e.id(), 1L);
            if (count > config.maxDeliveries()) {
                deadLetters.add(letter(e, count));
                dead.add(e.id());
            } else {
                retry.add(e);
            }
        }
        if (!dead.isEmpty()) {
            ack(dead);
            meters.counter("notifications.events.dead-lettered", "stream", stream).increment(dead.size());
            log.warn("{} entries of {} went to the dead letters after {} deliveries", dead.size(), stream,
                    config.maxDeliveries());
        }
        meters.counter("notifications.events.reclaimed", "stream", stream).increment(claimed.size());
        return handleAll(retry) + dead.size();
    }

    /**
     * Spring Data Redis has no XAUTOCLAIM, and its generic {@code execute} cannot read the nested
     * reply; Lettuce's own command is used on the same connection.
     */
    @SuppressWarnings("unchecked")
    private List<Entry> autoclaim() {
        ClaimedMessages<byte[], byte[]> reply = redis.execute((RedisCallback<ClaimedMessages<byte[], byte[]>>) c -> {
            var commands = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
            try {
                return commands.xautoclaim(bytes(stream), XAutoClaimArgs.Builder.xautoclaim(
                        io.lettuce.core.Consumer.from(bytes(config.group()), bytes(consumer)), config.claimIdle(), claimCursor)
                        .count(config.batch())).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reclaiming", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("XAUTOCLAIM failed: " + e.getMessage(), e);
            }
        });
        List<Entry> entries = new ArrayList<>();
        if (reply == null) {
            return entries;
        }
        claimCursor = reply.getId();
        for (StreamMessage<byte[], byte[]> m : reply.getMessages()) {
            if (m.getBody() == null) {
                continue; // deleted from the stream meanwhile
            }
            Map<String, String> fields = new LinkedHashMap<>();
            m.getBody().forEach((k, v) -> fields.put(text(k), text(v)));
            entries.add(new Entry(m.getId(), fields));
        }
        return entries;
    }

    private Map<String, Long> deliveries(List<Entry> entries) {
        Map<String, Long> counts = new HashMap<>();
        PendingMessages pending = redis.opsForStream().pending(stream, config.group(),
                Range.closed(entries.get(0).id(), entries.get(entries.size() - 1).id()), entries.size() * 2L);
        for (PendingMessage p : pending) {
            counts.put(p.getIdAsString(), p.getTotalDeliveryCount());
        }
        return counts;
    }

    /**
     * Routes and renders every entry, then stores the batch at once and acknowledges it. An entry
     * that cannot be rendered stays pending on its own; if the store fails, the whole batch stays
     * pending and comes back through the reclaim (redelivery is harmless).
     */
    private int handleAll(List<Entry> entries) {
        List<EventIntake.Prepared> prepared = new ArrayList<>();
        List<String> preparedIds = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (Entry e : entries) {
            String eventId = e.fields().get("eventId");
            String type = e.fields().get("type");
            if (eventId == null || eventId.isBlank() || type == null || type.isBlank()) {
                // Without an eventId nothing can be deduplicated, without a type nothing routed: keep it for a person.
                deadLetters.add(letter(e, 1));
                meters.counter("notifications.events.dead-lettered", "stream", stream).increment();
                log.warn("Entry {} of {} has no eventId or type: dead-lettered", e.id(), stream);
                malformed.add(e.id());
                continue;
            }
            try {
                prepared.add(intake.prepare(new InboundEvent(stream, eventId, type, e.fields()),
                        payloadParser.apply(e.fields().getOrDefault("payload", ""))));
                preparedIds.add(e.id());
            } catch (RuntimeException ex) {
                lastErrors.put(e.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
                meters.counter("notifications.events.failed", "stream", stream).increment();
                log.warn("Event {} ({}) of {} not handled, left pending: {}", eventId, type, stream, ex.toString());
            }
        }
        List<String> done = new ArrayList<>(malformed);
        if (!prepared.isEmpty()) {
            try {
                intake.commit(prepared);
                done.addAll(preparedIds);
                preparedIds.forEach(lastErrors::remove);
            } catch (RuntimeException ex) {
                meters.counter("notifications.events.failed", "stream", stream).increment(prepared.size());
                log.warn("A batch of {} events of {} could not be stored, left pending: {}", prepared.size(), stream,
                        ex.toString());
            }
        }
        if (!done.isEmpty()) {
            ack(done);
        }
        return done.size();
    }

    private DeadLetter letter(Entry e, long deliveries) {
        return new DeadLetter(DeadLetter.idOf(stream, e.id()), stream, e.id(), e.fields().get("eventId"),
                e.fields().get("type"), e.fields(), deliveries, lastErrors.remove(e.id()), clock.instant(), null, null,
                null);
    }

    private void ack(List<String> ids) {
        redis.opsForStream().acknowledge(stream, config.group(), ids.toArray(String[]::new));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object o) {
        return o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o);
    }

    String stream() {
        return stream;
    }
}
