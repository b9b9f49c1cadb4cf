package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.issuance.application.IssuanceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The loop that tries every due issuance. Failures are logged and the next round tries again:
 * issuances stay due until the registry answered. (Approvals come in through the consumer group
 * {@code intake-issuance}, run by support's event library.)
 */
class IssuanceWorker {

    private static final Logger log = LoggerFactory.getLogger(IssuanceWorker.class);

    private final IssuanceService issuance;

    IssuanceWorker(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Scheduled(fixedDelayString = "${platform.intake.certificates.interval:1s}", initialDelayString = "2s")
    void round() {
        try {
            issuance.attemptDue(20);
        } catch (RuntimeException e) {
            log.warn("Issuance round failed; the next round tries again: {}", e.toString());
        }
    }
}
