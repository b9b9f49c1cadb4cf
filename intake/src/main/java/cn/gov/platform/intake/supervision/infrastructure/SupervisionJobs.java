package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled work of supervision: the daily warnings. (Its consumer group on the case events
 * and the relay of its own events are support's event library.)
 */
class SupervisionJobs {

    private static final Logger log = LoggerFactory.getLogger(SupervisionJobs.class);

    private final SupervisionService service;
    private final StringRedisTemplate redis;

    SupervisionJobs(SupervisionService service, StringRedisTemplate redis) {
        this.service = service;
        this.redis = redis;
    }

    /**
     * The daily warnings. One instance runs them per day (a Redis lock named after the day); each
     * warning is recorded once per item and light anyway, so a second run would warn nobody twice.
     */
    @Scheduled(cron = "${platform.intake.supervision.warnings.cron:0 30 8 * * *}", zone = ChinaTime.ZONE_ID)
    void warnDaily() {
        LocalDate today = service.today();
        Boolean mine = redis.opsForValue().setIfAbsent("intake:supervision:warnings:" + today, "running",
                Duration.ofHours(20));
        if (!Boolean.TRUE.equals(mine)) {
            return;
        }
        int warned = service.warnDepartments();
        log.info("Deadline warnings for {}: {} recorded", today, warned);
    }
}
