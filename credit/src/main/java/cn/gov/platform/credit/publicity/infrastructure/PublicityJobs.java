package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.publicity.application.PublicityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Publications whose subject could not be resolved when they came in are tried again, every minute. */
class PublicityJobs {

    private static final Logger log = LoggerFactory.getLogger(PublicityJobs.class);
    private final PublicityService publicity;

    PublicityJobs(PublicityService publicity) {
        this.publicity = publicity;
    }

    @Scheduled(fixedDelayString = "${platform.credit.publicity.retry-every:1m}")
    void publishPending() {
        try {
            publicity.publishPending();
        } catch (RuntimeException e) {
            log.warn("Pending publications not retried: {}", e.toString());
        }
    }
}
