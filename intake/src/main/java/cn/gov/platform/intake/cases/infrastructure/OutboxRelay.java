package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.domain.OutboxEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
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
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays the events written into case documents to the Redis stream {@code intake.case-events}.
 * At least once: an event is marked published only after the stream took it, and a crash in
 * between publishes it again, which consumers absorb by {@code eventId}. One relay runs at a time
 * across instances (a short Redis lock), so the stream keeps each case's events in order.
 */
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK = "intake:outbox-relay:lock";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String stream;
    private final int batch;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance = UUID.randomUUID().toString();
    private final OutboxHints hints;
    private final Duration sweepEvery;
    /** When the next sweep is due, on the monotonic timer: an interval, not a date, so a clock set back (tests) never postpones it. */
    private volatile long nextSweepNanos = System.nanoTime();

    OutboxRelay(MongoTemplate mongo, StringRedisTemplate redis, OutboxHints hints, JsonMapper json, String stream,
            int batch, Duration sweepEvery, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.hints = hints;
        this.sweepEvery = sweepEvery;
        this.redis = redis;
        this.json = json;
        this.stream = stream;
        this.batch = batch;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${platform.intake.outbox.interval:500ms}")
    void relayOnSchedule() {
        try {
            relay();
        } catch (RuntimeException e) {
            // The next round tries again; nothing is lost because nothing was marked published.
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    /** One round; returns how many events went to the stream. */
    int relay() {
        Boolean locked = redis.opsForValue().setIfAbsent(LOCK, instance, Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        try {
            int sent = 0;
            List<CaseDocument> pending = new java.util.ArrayList<>();
            for (String id : hints.take(batch)) {
                CaseDocument c = mongo.findById(id, CaseDocument.class, MongoCaseStore.COLLECTION);
                if (c != null && c.outboxPending()) {
                    pending.add(c);
                }
            }
            if (System.nanoTime() - nextSweepNanos >= 0) {
                // The sweep: whatever a lost hint left behind (and everything after a restart).
                nextSweepNanos = System.nanoTime() + sweepEvery.toNanos();
                pending.addAll(mongo.find(Query.query(Criteria.where("outboxPending").is(true)).limit(batch),
                        CaseDocument.class, MongoCaseStore.COLLECTION));
            }
            for (CaseDocument c : pending) {
                List<OutboxEvent> marked = new java.util.ArrayList<>();
                for (OutboxEvent event : c.events()) {
                    if (!event.isPublished()) {
                        redis.opsForStream().add(StreamRecords.string(fields(event)).withStreamKey(stream));
                        meters.counter("intake.outbox.published", "type", event.type()).increment();
                        sent++;
                        event = withPublished(event);
                    }
                    marked.add(event);
                }
                // One write per case, and only if the case did not change meanwhile (its version is the
                // same); otherwise the next round publishes again and consumers drop the duplicates.
                mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id()).and("version").is(c.version())),
                        new Update().set("outbox", marked).set("outboxPending", false), MongoCaseStore.COLLECTION);
            }
            return sent;
        } finally {
            redis.execute(RELEASE, List.of(LOCK), instance);
        }
    }

    private OutboxEvent withPublished(OutboxEvent e) {
        return new OutboxEvent(e.eventId(), e.type(), e.caseId(), e.caseNumber(), e.itemCode(), e.applicantSubject(),
                e.agentSubject(), e.division(), e.department(), e.occurredAt(), e.payload(), clock.instant());
    }

    /** The stream fields of the contract; absent optional values are left out rather than sent empty. */
    Map<String, String> fields(OutboxEvent e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventId", e.eventId());
        fields.put("type", e.type());
        fields.put("caseId", e.caseId());
        if (e.caseNumber() != null) {
            fields.put("caseNumber", e.caseNumber());
        }
        fields.put("itemCode", e.itemCode());
        fields.put("applicantSubject", e.applicantSubject());
        if (e.agentSubject() != null) {
            fields.put("agentSubject", e.agentSubject());
        }
        fields.put("division", e.division());
        fields.put("department", e.department());
        fields.put("occurredAt", e.occurredAt().toString());
        fields.put("payload", json.writeValueAsString(e.payload()));
        return fields;
    }
}
