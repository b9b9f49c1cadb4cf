package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.issuance.application.IssuanceService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StreamOperations;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads {@code CaseApproved} from intake's own event stream in the consumer group
 * {@code intake-issuance}: at least once, acknowledged only after the issuance is stored, so a
 * crash in between means the event is read again (opening an issuance is idempotent). Events that
 * another consumer left unacknowledged for longer than {@code reclaimAfter} (it died) are claimed
 * and handled here. Other event types are acknowledged and ignored.
 */
class ApprovalEvents {

    private static final Logger log = LoggerFactory.getLogger(ApprovalEvents.class);

    private final StringRedisTemplate redis;
    private final IssuanceService issuance;
    private final String stream;
    private final String group;
    private final String consumer;
    private final Duration reclaimAfter;
    private final MeterRegistry meters;
    private volatile boolean groupReady;

    ApprovalEvents(StringRedisTemplate redis, IssuanceService issuance, String stream, String group, String consumer,
            Duration reclaimAfter, MeterRegistry meters) {
        this.redis = redis;
        this.issuance = issuance;
        this.stream = stream;
        this.group = group;
        this.consumer = consumer;
        this.reclaimAfter = reclaimAfter;
        this.meters = meters;
    }

    /** Handles what arrived since the last read; returns how many records were handled. */
    int poll() {
        ensureGroup();
        List<MapRecord<String, Object, Object>> records = ops().read(Consumer.from(group, consumer),
                StreamReadOptions.empty().count(100), StreamOffset.create(stream, ReadOffset.lastConsumed()));
        return handle(records);
    }

    /** Claims and handles records left pending by a consumer that stopped; returns how many. */
    int reclaim() {
        ensureGroup();
        List<RecordId> stale = ops().pending(stream, group, Range.unbounded(), 100).stream()
                .filter(p -> p.getElapsedTimeSinceLastDelivery().compareTo(reclaimAfter) >= 0)
                .map(PendingMessage::getId).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        List<MapRecord<String, Object, Object>> claimed = ops().claim(stream, group, consumer, reclaimAfter,
                stale.toArray(RecordId[]::new));
        meters.counter("intake.issuance.events.reclaimed").increment(claimed.size());
        return handle(claimed);
    }

    private int handle(List<MapRecord<String, Object, Object>> records) {
        int handled = 0;
        for (MapRecord<String, Object, Object> record : records) {
            Map<Object, Object> fields = record.getValue();
            if ("CaseApproved".equals(fields.get("type")) && fields.get("caseId") instanceof String caseId) {
                // Not caught: a failure leaves the record pending, to be handled again.
                issuance.onApproved(caseId);
            }
            ops().acknowledge(stream, group, record.getId());
            handled++;
        }
        return handled;
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            // From the start of the stream: approvals relayed before this group existed still count.
            ops().createGroup(stream, ReadOffset.from("0-0"), group);
        } catch (RedisSystemException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                String cause = e.getMostSpecificCause().getMessage();
                if (cause == null || !cause.contains("BUSYGROUP")) {
                    throw e;
                }
            }
        }
        log.info("Reading {} as {} in group {}", stream, consumer, group);
        groupReady = true;
    }

    private StreamOperations<String, Object, Object> ops() {
        return redis.opsForStream();
    }
}
