package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays the events of ratings, complaints and deadline warnings to {@code intake.case-events},
 * the way the cases' relay does for case documents: each document keeps its own outbox and an
 * {@code outboxPending} flag written with the change; a Redis set names the documents to look at
 * (a hint), a sweep every {@code sweepEvery} finds any whose hint was lost; an event is marked
 * published only after the stream took it (at least once; consumers drop duplicates by eventId);
 * one relay at a time across instances (a Redis lock).
 */
class StaffEventRelay implements OutboxHints {

    static final String HINTS = "intake:supervision:outbox:pending";
    private static final String LOCK = "intake:supervision:relay:lock";
    private static final Logger log = LoggerFactory.getLogger(StaffEventRelay.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String stream;
    private final List<String> collections;
    private final Duration sweepEvery;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance = UUID.randomUUID().toString();
    private volatile Instant nextSweep = Instant.EPOCH;

    StaffEventRelay(MongoTemplate mongo, StringRedisTemplate redis, JsonMapper json, String stream,
            List<String> collections, Duration sweepEvery, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.redis = redis;
        this.json = json;
        this.stream = stream;
        this.collections = List.copyOf(collections);
        this.sweepEvery = sweepEvery;
        this.clock = clock;
        this.meters = meters;
    }

    /** A lost hint only delays the events until the sweep. */
    @Override
    public void pending(String collection, String id) {
        try {
            redis.opsForSet().add(HINTS, collection + "|" + id);
        } catch (RuntimeException e) {
            log.warn("Outbox hint not recorded; the sweep will find {} {}: {}", collection, id, e.toString());
        }
    }

    /** What the relay reads of a document: its id, version and outbox. */
    record Holder(String id, long version, List<StaffEvent> outbox) {
    }

    int relay() {
        Boolean locked = redis.opsForValue().setIfAbsent(LOCK, instance, Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        try {
            int sent = 0;
            List<String> hinted = redis.opsForSet().pop(HINTS, 100);
            for (String hint : hinted == null ? List.<String>of() : hinted) {
                int bar = hint.indexOf('|');
                String collection = hint.substring(0, bar);
                Holder h = mongo.findById(hint.substring(bar + 1), Holder.class, collection);
                if (h != null) {
                    sent += publish(collection, h);
                }
            }
            if (!clock.instant().isBefore(nextSweep)) {
                nextSweep = clock.instant().plus(sweepEvery);
                for (String collection : collections) {
                    for (Holder h : mongo.find(Query.query(Criteria.where("outboxPending").is(true)).limit(100),
                            Holder.class, collection)) {
                        sent += publish(collection, h);
                    }
                }
            }
            return sent;
        } finally {
            redis.execute(RELEASE, List.of(LOCK), instance);
        }
    }

    private int publish(String collection, Holder h) {
        int sent = 0;
        List<StaffEvent> marked = new ArrayList<>();
        for (StaffEvent e : h.outbox()) {
            if (!e.isPublished()) {
                redis.opsForStream().add(StreamRecords.string(fields(e)).withStreamKey(stream));
                meters.counter("intake.outbox.published", "type", e.type()).increment();
                e = e.published(clock.instant());
                sent++;
            }
            marked.add(e);
        }
        // Only if the document did not change meanwhile; otherwise the next round sends again (duplicates are dropped).
        mongo.updateFirst(Query.query(Criteria.where("_id").is(h.id()).and("version").is(h.version())),
                new Update().set("outbox", marked).set("outboxPending", false), collection);
        return sent;
    }

    Map<String, String> fields(StaffEvent e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("eventId", e.eventId());
        f.put("type", e.type());
        putIfPresent(f, "caseId", e.caseId());
        putIfPresent(f, "caseNumber", e.caseNumber());
        putIfPresent(f, "itemCode", e.itemCode());
        putIfPresent(f, "applicantSubject", e.applicantSubject());
        putIfPresent(f, "recipientSubject", e.recipientSubject());
        f.put("division", e.division());
        f.put("department", e.department());
        f.put("occurredAt", e.occurredAt().toString());
        f.put("payload", json.writeValueAsString(e.payload()));
        return f;
    }

    private static void putIfPresent(Map<String, String> f, String name, @org.jspecify.annotations.Nullable String v) {
        if (v != null) {
            f.put(name, v);
        }
    }
}
