package cn.gov.platform.intake.supervision.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads a Redis stream as one consumer of a group: each instance of the service is its own
 * consumer, so several instances share the work. A record is acknowledged only after the handler
 * took it (returned true); one that failed stays pending and is claimed again, by whichever
 * instance looks, once it has been idle for {@code reclaimAfter}, which also recovers the records
 * of an instance that died. Handlers must be idempotent (at least once, by eventId or by state).
 */
class StreamGroupConsumer {

    private static final Logger log = LoggerFactory.getLogger(StreamGroupConsumer.class);

    private final StringRedisTemplate redis;
    private final String stream;
    private final String group;
    private final String consumer = "c-" + UUID.randomUUID();
    private final int batch;
    private final Duration reclaimAfter;
    private final Predicate<Map<String, String>> handler;
    private final Clock clock;
    private volatile boolean groupReady;
    private volatile Instant nextReclaim = Instant.EPOCH;

    StreamGroupConsumer(StringRedisTemplate redis, String stream, String group, int batch, Duration reclaimAfter,
            Predicate<Map<String, String>> handler, Clock clock) {
        this.redis = redis;
        this.stream = stream;
        this.group = group;
        this.batch = batch;
        this.reclaimAfter = reclaimAfter;
        this.handler = handler;
        this.clock = clock;
    }

    /** One round: new records, and every so often the records others left pending. Returns how many were handled. */
    int poll() {
        try {
            ensureGroup();
            int handled = 0;
            if (!clock.instant().isBefore(nextReclaim)) {
                nextReclaim = clock.instant().plus(reclaimAfter.dividedBy(2));
                handled += reclaim();
            }
            List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(Consumer.from(group, consumer),
                    StreamReadOptions.empty().count(batch), StreamOffset.create(stream, ReadOffset.lastConsumed()));
            handled += handle(records);
            return handled;
        } catch (RuntimeException e) {
            log.warn("Stream {} group {}: round failed, records stay pending: {}", stream, group, e.toString());
            groupReady = false;
            return 0;
        }
    }

    private int reclaim() {
        var pending = redis.opsForStream().pending(stream, group, Range.unbounded(), batch);
        List<RecordId> idle = new ArrayList<>();
        for (PendingMessage p : pending) {
            if (p.getElapsedTimeSinceLastDelivery().compareTo(reclaimAfter) >= 0) {
                idle.add(p.getId());
            }
        }
        if (idle.isEmpty()) {
            return 0;
        }
        List<MapRecord<String, Object, Object>> claimed = redis.opsForStream().claim(stream, group, consumer,
                reclaimAfter, idle.toArray(RecordId[]::new));
        return handle(claimed);
    }

    private int handle(List<MapRecord<String, Object, Object>> records) {
        int handled = 0;
        for (MapRecord<String, Object, Object> r : records) {
            Map<String, String> fields = new HashMap<>();
            r.getValue().forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
            boolean done;
            try {
                done = handler.test(fields);
            } catch (RuntimeException e) {
                log.warn("Stream {} group {}: record {} ({}) not handled, will be retried: {}", stream, group,
                        r.getId(), fields.get("type"), e.toString());
                done = false;
            }
            if (done) {
                redis.opsForStream().acknowledge(stream, group, r.getId());
                handled++;
            }
        }
        return handled;
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            // From the start of the stream: a new group (first deployment) sees the history.
            redis.execute((RedisCallback<String>) c -> c.streamCommands().xGroupCreate(stream.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), group, ReadOffset.from("0-0"), true));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("BUSYGROUP")
                    && !(e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("BUSYGROUP"))) {
                throw e;
            }
        }
        groupReady = true;
    }
}
