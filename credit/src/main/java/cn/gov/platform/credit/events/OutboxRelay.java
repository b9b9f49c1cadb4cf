package cn.gov.platform.credit.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Relays events written into entry and petition documents to the Redis stream
 * {@code credit.events}, like intake's relay: at least once (marked published only after the
 * stream took it), one relay at a time across instances (a short Redis lock), hints first and a
 * periodic sweep as the safety net.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK = "credit:outbox-relay:lock";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);
    static final List<String> COLLECTIONS = List.of("entries", "petitions");

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final OutboxHints hints;
    private final String stream;
    private final Duration sweepEvery;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance = UUID.randomUUID().toString();
    private volatile Instant nextSweep = Instant.EPOCH;

    public OutboxRelay(MongoTemplate mongo, StringRedisTemplate redis, OutboxHints hints, String stream,
            Duration sweepEvery, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.redis = redis;
        this.hints = hints;
        this.stream = stream;
        this.sweepEvery = sweepEvery;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${platform.credit.outbox.interval:500ms}")
    void relayOnSchedule() {
        try {
            relay();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    /** One round; returns how many events went to the stream. */
    public int relay() {
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LOCK, instance, Duration.ofSeconds(30)))) {
            return 0;
        }
        try {
            List<Map.Entry<String, Document>> pending = new ArrayList<>();
            for (String hint : hints.take(100)) {
                int slash = hint.indexOf('/');
                Document d = mongo.findById(hint.substring(slash + 1), Document.class, hint.substring(0, slash));
                if (d != null && Boolean.TRUE.equals(d.getBoolean("outboxPending"))) {
                    pending.add(Map.entry(hint.substring(0, slash), d));
                }
            }
            if (!clock.instant().isBefore(nextSweep)) {
                nextSweep = clock.instant().plus(sweepEvery);
                for (String collection : COLLECTIONS) {
                    mongo.find(Query.query(Criteria.where("outboxPending").is(true)).limit(100), Document.class, collection)
                            .forEach(d -> pending.add(Map.entry(collection, d)));
                }
            }
            int sent = 0;
            for (Map.Entry<String, Document> p : pending) {
                sent += publish(p.getKey(), p.getValue());
            }
            return sent;
        } finally {
            redis.execute(RELEASE, List.of(LOCK), instance);
        }
    }

    private int publish(String collection, Document d) {
        int sent = 0;
        List<Document> marked = new ArrayList<>();
        for (Document event : d.getList("outbox", Document.class, List.of())) {
            if (event.get("publishedAt") == null) {
                redis.opsForStream().add(StreamRecords.string(fields(event)).withStreamKey(stream));
                meters.counter("credit.outbox.published", "type", event.getString("type")).increment();
                event = new Document(event).append("publishedAt", Date.from(clock.instant()));
                sent++;
            }
            marked.add(event);
        }
        // Only if the document did not change meanwhile; otherwise the next round publishes again
        // and consumers drop the duplicates by eventId.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(d.get("_id")).and("version").is(d.get("version"))),
                new Update().set("outbox", marked).set("outboxPending", false), collection);
        return sent;
    }

    /** The contract's fields; no identity or phone number is ever among them. */
    static Map<String, String> fields(Document event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", event.getString("eventId"));
        fields.put("type", event.getString("type"));
        fields.put("entryId", event.getString("entryId"));
        if (event.getString("recipientSubject") != null) {
            fields.put("recipientSubject", event.getString("recipientSubject"));
        }
        Object at = event.get("occurredAt");
        fields.put("occurredAt", at instanceof Date date ? date.toInstant().toString() : String.valueOf(at));
        // Further plain fields of the event (a moved answer date); never one of the contract's own.
        if (event.get("details") instanceof Document details) {
            details.forEach((name, value) -> {
                if (value != null) {
                    fields.putIfAbsent(name, String.valueOf(value));
                }
            });
        }
        return fields;
    }
}
