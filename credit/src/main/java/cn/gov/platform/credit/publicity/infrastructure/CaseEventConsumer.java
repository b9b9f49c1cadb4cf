package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.calendar.application.CalendarUnavailable;
import cn.gov.platform.credit.publicity.application.PublicityService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code intake.case-events} in consumer group {@code credit}: at least once. Each round
 * first re-reads this consumer's own pending entries (what it read before a crash or restart and
 * never acknowledged), then claims entries another consumer left pending for over a minute, then
 * reads new ones. Only {@code CaseApproved}/{@code CaseRejected} matter; duplicates are dropped by
 * the publication's natural key (one per case) and the event id is kept with it. An entry is
 * acknowledged only after it was handled; one that keeps failing is logged and retried. A decision
 * that arrives before the official calendar was read once is left pending (its due date cannot be
 * computed yet) and is read again in the next round.
 */
class CaseEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(CaseEventConsumer.class);
    private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
    };
    private final StringRedisTemplate redis;
    private final PublicityService publicity;
    private final JsonMapper json;
    private final String stream;
    private final String group;
    private final Consumer consumer;
    private volatile boolean groupReady;

    CaseEventConsumer(StringRedisTemplate redis, PublicityService publicity, JsonMapper json, String stream,
            String group, String consumerName) {
        this.redis = redis;
        this.publicity = publicity;
        this.json = json;
        this.stream = stream;
        this.group = group;
        this.consumer = Consumer.from(group, consumerName);
    }

    @Scheduled(fixedDelayString = "${platform.credit.case-events.consume-every:1s}")
    void consumeOnSchedule() {
        try {
            consume();
        } catch (RuntimeException e) {
            log.warn("Case event round failed; unacknowledged entries are read again: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${platform.credit.publicity.retry-every:1m}")
    void publishPending() {
        try {
            publicity.publishPending();
        } catch (RuntimeException e) {
            log.warn("Pending publications not retried: {}", e.toString());
        }
    }

    int consume() {
        ensureGroup();
        int handled = 0;
        handled += handle(redis.opsForStream().read(consumer, StreamReadOptions.empty().count(100),
                StreamOffset.create(stream, ReadOffset.from("0"))));
        claimAbandoned();
        handled += handle(redis.opsForStream().read(consumer, StreamReadOptions.empty().count(100),
                StreamOffset.create(stream, ReadOffset.lastConsumed())));
        return handled;
    }

    private void claimAbandoned() {
        PendingMessages pending = redis.opsForStream().pending(stream, group, Range.unbounded(), 100);
        if (pending == null) {
            return;
        }
        List<RecordId> stale = pending.stream()
                .filter(m -> !m.getConsumerName().equals(consumer.getName()))
                .filter(m -> m.getElapsedTimeSinceLastDelivery().compareTo(Duration.ofMinutes(1)) > 0)
                .map(PendingMessage::getId).toList();
        if (!stale.isEmpty()) {
            redis.opsForStream().claim(stream, group, consumer.getName(), Duration.ofMinutes(1), stale.toArray(RecordId[]::new));
        }
    }

    private int handle(List<MapRecord<String, Object, Object>> records) {
        if (records == null) {
            return 0;
        }
        int handled = 0;
        int waiting = 0;
        for (MapRecord<String, Object, Object> record : records) {
            Map<String, String> fields = new HashMap<>();
            record.getValue().forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
            try {
                String type = fields.get("type");
                if ("CaseApproved".equals(type) || "CaseRejected".equals(type)) {
                    Map<String, String> payload = fields.get("payload") == null ? Map.of()
                            : json.readValue(fields.get("payload"), PAYLOAD);
                    publicity.permitDecided(fields, payload);
                    handled++;
                }
                redis.opsForStream().acknowledge(stream, group, record.getId());
            } catch (CalendarUnavailable e) {
                // Not acknowledged: this consumer reads its own pending entries first in every round.
                waiting++;
            } catch (IllegalArgumentException e) {
                // Malformed beyond repair: acknowledged so it does not block the stream, and logged.
                log.warn("Case event {} dropped as malformed: {}", fields.get("eventId"), e.getMessage());
                redis.opsForStream().acknowledge(stream, group, record.getId());
            }
        }
        if (waiting > 0) {
            log.debug("{} case decision(s) wait for the official calendar", waiting);
        }
        return handled;
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
        } catch (RedisSystemException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                // BUSYGROUP: the group exists already, which is the normal case after the first start.
                String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
                if (!cause.contains("BUSYGROUP")) {
                    throw e;
                }
            }
        }
        groupReady = true;
    }
}
