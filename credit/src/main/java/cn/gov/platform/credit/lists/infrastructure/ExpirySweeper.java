package cn.gov.platform.credit.lists.infrastructure;

import cn.gov.platform.credit.lists.application.ExpirySweep;
import cn.gov.platform.support.events.RedisLock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the expiry sweep every {@code platform.credit.expiry.every} (5 minutes: an entry reads as
 * EXPIRED in the store within minutes of midnight in China after its end date). One instance at a
 * time: the sweep holds a lock in Redis; with Redis down this round is skipped, not run twice.
 */
class ExpirySweeper {

    static final String LOCK = "credit:expiry-sweep:lock";
    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);
    private final ExpirySweep sweep;
    private final StringRedisTemplate redis;

    ExpirySweeper(ExpirySweep sweep, StringRedisTemplate redis) {
        this.sweep = sweep;
        this.redis = redis;
    }

    @Scheduled(fixedDelayString = "${platform.credit.expiry.every:5m}", initialDelayString = "${platform.credit.expiry.first:30s}")
    void onSchedule() {
        sweepNow();
    }

    /** Sweeps if no other instance is sweeping; returns how many entries expired (0 when another holds the lock). */
    public int sweepNow() {
        RedisLock lock = new RedisLock(redis, LOCK, Duration.ofMinutes(5));
        try {
            if (!lock.acquire()) {
                return 0;
            }
        } catch (RuntimeException e) {
            log.warn("Expiry sweep skipped this round, its lock is unavailable: {}", e.toString());
            return 0;
        }
        try {
            int expired = sweep.sweep();
            if (expired > 0) {
                log.info("Expiry sweep: {} list entries expired", expired);
            }
            return expired;
        } catch (RuntimeException e) {
            log.warn("Expiry sweep stopped; the next round continues: {}", e.toString());
            return 0;
        } finally {
            try {
                lock.release();
            } catch (RuntimeException e) {
                log.debug("Expiry lock not released (it expires by itself): {}", e.toString());
            }
        }
    }
}
