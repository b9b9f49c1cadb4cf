package cn.gov.platform.support.events;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tells a source's relay which documents have new events, after the write that recorded them: a
 * Redis set (so whichever instance holds the relay's lock reads them by key instead of scanning),
 * and a local wake-up (so the relay of this instance starts at once). Only a hint: the document is
 * the truth, and the relay's sweep finds whatever a lost hint left behind.
 */
public final class OutboxHints {

    private static final Logger log = LoggerFactory.getLogger(OutboxHints.class);
    private final StringRedisTemplate redis;
    private final String source;
    private final String key;
    private volatile Runnable wake = () -> {
    };

    private OutboxHints(StringRedisTemplate redis, String source) {
        this.redis = redis;
        this.source = source;
        this.key = "events:outbox:" + source + ":hints";
    }

    /** The hints of the outbox source {@code source} (e.g. {@code intake}). */
    public static OutboxHints of(StringRedisTemplate redis, String source) {
        return new OutboxHints(redis, source);
    }

    /** The document named {@code key} has new events; never fails (a lost hint only waits for the sweep). */
    public void pending(String key) {
        try {
            redis.opsForSet().add(this.key, key);
        } catch (RuntimeException e) {
            log.warn("Outbox hint of {} not recorded; the sweep will find {}: {}", source, key, e.toString());
        }
        wake.run();
    }

    String source() {
        return source;
    }

    List<String> take(int count) {
        List<String> keys = redis.opsForSet().pop(key, count);
        return keys == null ? List.of() : keys;
    }

    /** Gives back hints a failed pass took (best effort: the sweep is the safety net). */
    void putBack(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            redis.opsForSet().add(key, keys.toArray(String[]::new));
        } catch (RuntimeException e) {
            log.debug("Hints of {} not given back; the sweep will find them: {}", source, e.toString());
        }
    }

    void onHint(Runnable wake) {
        this.wake = wake;
    }
}
