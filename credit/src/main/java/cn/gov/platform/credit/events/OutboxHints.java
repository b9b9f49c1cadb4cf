package cn.gov.platform.credit.events;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tells the relay which documents have new events ({@code collection/id}), so it reads them by id
 * instead of scanning (the embedded store scans for anything but {@code _id}). Only a hint: the
 * document's {@code outboxPending} flag is the truth, and the relay's sweep finds lost hints.
 */
public class OutboxHints {

    static final String KEY = "credit:outbox:pending";
    private static final Logger log = LoggerFactory.getLogger(OutboxHints.class);
    private final StringRedisTemplate redis;

    public OutboxHints(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void pending(String collection, String id) {
        try {
            redis.opsForSet().add(KEY, collection + "/" + id);
        } catch (RuntimeException e) {
            log.warn("Outbox hint not recorded; the sweep will find {}/{}: {}", collection, id, e.toString());
        }
    }

    List<String> take(int count) {
        List<String> ids = redis.opsForSet().pop(KEY, count);
        return ids == null ? List.of() : ids;
    }
}
