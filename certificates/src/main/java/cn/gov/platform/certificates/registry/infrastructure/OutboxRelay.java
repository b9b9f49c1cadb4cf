package cn.gov.platform.certificates.registry.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Relays outbox events to the Redis stream {@code certificates.events}, at least once: an event
 * leaves the outbox only after Redis accepted it, so a crash in between publishes it again
 * and consumers drop the duplicate by {@code eventId}. Fields carry no personal data.
 */
public class OutboxRelay {

    public static final String STREAM = "certificates.events";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private final MongoCertificates certificates;
    private final StringRedisTemplate redis;
    private final Counter relayed;

    public OutboxRelay(MongoCertificates certificates, StringRedisTemplate redis, MeterRegistry meters) {
        this.certificates = certificates;
        this.redis = redis;
        this.relayed = Counter.builder("certificates.events.relayed").description("Events relayed to the stream")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${platform.certificates.outbox-interval:1s}")
    public void relay() {
        // Drain in pages until the outbox is empty (a bulk import leaves thousands), within a budget
        // so a slow Redis cannot hold the scheduler forever.
        long budgetEnd = System.nanoTime() + 10_000_000_000L;
        while (relayPage() && System.nanoTime() < budgetEnd) {
            // next page
        }
    }

    /** Relays one page; true if it found events (there may be more). */
    private boolean relayPage() {
        try {
            List<Document> page = certificates.withPendingEvents(200);
            for (Document pending : page) {
                for (Document event : pending.getList("outbox", Document.class)) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (String name : new String[] {"eventId", "type", "number", "typeCode", "holderSubject", "occurredAt", "reason"}) {
                        Object value = event.get(name);
                        if (value != null) {
                            fields.put(name, value.toString());
                        }
                    }
                    redis.opsForStream().add(StreamRecords.string(fields).withStreamKey(STREAM));
                    certificates.removeFromOutbox(pending.getString("_id"), event.getString("eventId"));
                    relayed.increment();
                }
            }
            return !page.isEmpty();
        } catch (RuntimeException e) {
            // Redis or the store is down: the events stay in the outbox and the next run retries.
            log.warn("Outbox relay paused: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
