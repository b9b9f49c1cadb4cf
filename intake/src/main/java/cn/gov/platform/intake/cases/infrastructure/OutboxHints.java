package cn.gov.platform.intake.cases.infrastructure;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tells the relay which cases have new events, so it reads them by id instead of scanning the
 * collection (the embedded store scans for anything but {@code _id}). Only a hint: the document's
 * {@code outboxPending} flag is the truth, and the relay's periodic sweep finds any case whose
 * hint was lost (Redis down at the wrong moment).
 */
class OutboxHints {

    static final String KEY = "intake:outbox:pending";
    private static final Logger log = LoggerFactory.getLogger(OutboxHints.class);
    private final StringRedisTemplate redis;

    OutboxHints(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void pending(String caseId) {
        try {
            redis.opsForSet().add(KEY, caseId);
        } catch (RuntimeException e) {
            log.warn("Outbox hint not recorded; the sweep will find case {}: {}", caseId, e.toString());
        }
    }

    List<String> take(int count) {
        List<String> ids = redis.opsForSet().pop(KEY, count);
        return ids == null ? List.of() : ids;
    }
}
