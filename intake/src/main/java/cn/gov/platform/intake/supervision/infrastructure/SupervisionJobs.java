package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled work of supervision: the deadline warnings. (Its consumer group on the case events
 * and the relay of its own events are support's event library.)
 */
class SupervisionJobs {

    private static final Logger log = LoggerFactory.getLogger(SupervisionJobs.class);
    private static final String LOCK = "intake:supervision:warnings:running";

    private final SupervisionService service;
    private final StringRedisTemplate redis;

    SupervisionJobs(SupervisionService service, StringRedisTemplate redis) {
        this.service = service;
        this.redis = redis;
    }

    /**
     * The warnings, every half hour from 08:00 to 17:30 China time (an item turning yellow or red
     * overnight is told at the start of the working day; one that identity could not name recipients
     * for is tried again half an hour later). One instance at a time (a Redis lock, released at the end
     * or after 10 minutes); each warning is recorded once per item, light and due date anyway, so a
     * second run warns nobody twice.
     */
    @Scheduled(cron = "${platform.intake.supervision.warnings.cron:0 0/30 8-17 * * *}", zone = ChinaTime.ZONE_ID)
    void warn() {
        Boolean mine = redis.opsForValue().setIfAbsent(LOCK, "running", Duration.ofMinutes(10));
        if (!Boolean.TRUE.equals(mine)) {
            return;
        }
        try {
            int warned = service.warnDepartments();
            if (warned > 0) {
                log.info("Deadline warnings on {}: {} recorded", service.today(), warned);
            }
        } finally {
            redis.delete(LOCK);
        }
    }
}
