package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** The scheduled work of supervision: reading the stream, relaying its own events, the daily warnings. */
class SupervisionJobs {

    private static final Logger log = LoggerFactory.getLogger(SupervisionJobs.class);

    private final SupervisionService service;
    private final StaffEventRelay relay;
    private final java.util.List<StreamGroupConsumer> consumers;
    private final boolean consuming;
    private final StringRedisTemplate redis;

    SupervisionJobs(SupervisionService service, StaffEventRelay relay, java.util.List<StreamGroupConsumer> consumers,
            boolean consuming,
            StringRedisTemplate redis) {
        this.service = service;
        this.relay = relay;
        this.consumers = consumers;
        this.consuming = consuming;
        this.redis = redis;
    }

    @Scheduled(fixedDelayString = "${platform.intake.supervision.consumer.interval:250ms}")
    void consume() {
        if (consuming) {
            consumers.forEach(StreamGroupConsumer::poll);
        }
    }

    @Scheduled(fixedDelayString = "${platform.intake.supervision.relay.interval:500ms}")
    void relay() {
        try {
            relay.relay();
        } catch (RuntimeException e) {
            log.warn("Supervision relay round failed: {}", e.toString());
        }
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

    /** Reads what the stream has now (tests; the schedule does the same). */
    int pollNow() {
        return consumers.stream().mapToInt(StreamGroupConsumer::poll).sum();
    }
}
