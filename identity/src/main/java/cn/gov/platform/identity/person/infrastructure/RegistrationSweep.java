package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.application.RegistrationReclaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sweeps registration intents left behind every {@code identity.registrations.sweep-every} (5 minutes),
 * the first time shortly after start, so an orphan login account is deleted even if nobody registers its
 * username again. Unlike credit's expiry sweep it holds no lock: reclaiming is safe on two instances at
 * once (a repeated delete is a 404, the intent's removal is conditional), and a lock in Redis would stop
 * the sweep whenever Redis is down.
 */
public class RegistrationSweep {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSweep.class);
    private final RegistrationReclaim reclaim;

    public RegistrationSweep(RegistrationReclaim reclaim) {
        this.reclaim = reclaim;
    }

    @Scheduled(fixedDelayString = "${identity.registrations.sweep-every:5m}",
            initialDelayString = "${identity.registrations.sweep-first:1m}")
    void onSchedule() {
        sweepNow();
    }

    /** Sweeps now; returns how many intents were reclaimed. */
    public int sweepNow() {
        try {
            return reclaim.sweep();
        } catch (RuntimeException e) {
            log.warn("Registration sweep stopped; the next round continues: {}", e.getClass().getName());
            return 0;
        }
    }
}
