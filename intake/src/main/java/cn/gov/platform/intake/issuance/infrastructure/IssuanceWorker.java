package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.issuance.application.IssuanceService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The loop: read approvals, now and then reclaim abandoned ones, and try every due issuance.
 * Failures are logged and the next round tries again; nothing here is lost by a failure, because
 * events stay pending until handled and issuances stay due until answered.
 */
class IssuanceWorker {

    private static final Logger log = LoggerFactory.getLogger(IssuanceWorker.class);

    private final ApprovalEvents events;
    private final IssuanceService issuance;
    private final Duration reclaimEvery;
    private final Clock clock;
    private Instant lastReclaim = Instant.EPOCH;

    IssuanceWorker(ApprovalEvents events, IssuanceService issuance, Duration reclaimEvery, Clock clock) {
        this.events = events;
        this.issuance = issuance;
        this.reclaimEvery = reclaimEvery;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.intake.certificates.interval:1s}", initialDelayString = "2s")
    void round() {
        try {
            events.poll();
            Instant now = clock.instant();
            if (!now.isBefore(lastReclaim.plus(reclaimEvery))) {
                lastReclaim = now;
                events.reclaim();
            }
            issuance.attemptDue(20);
        } catch (RuntimeException e) {
            log.warn("Issuance round failed; the next round tries again: {}", e.toString());
        }
    }
}
