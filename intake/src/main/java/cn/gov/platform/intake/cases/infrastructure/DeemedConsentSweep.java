package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.application.DecisionService;
import cn.gov.platform.intake.cases.application.DeemedConsentRounds;
import cn.gov.platform.kernel.ChinaTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The deemed-consent scheduler (超时默认). Its state is the case documents themselves (the
 * {@code deemedDue} field), so it survives restarts; every instance runs it. A short Redis lease
 * per case keeps two instances from working on the same case at once, and the case's
 * compare-and-set save is the real guard: if a lease expires or Redis is down, the loser of a race
 * records nothing. Rounds repeat until a round deems nothing.
 */
class DeemedConsentSweep implements DeemedConsentRounds {

    private static final Logger log = LoggerFactory.getLogger(DeemedConsentSweep.class);
    private static final String LEASE = "intake:deemed-consent:case:";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);
    private static final int MAX_ROUNDS = 1000;

    private final CaseStore cases;
    private final DecisionService decisions;
    private final Clock clock;
    private final StringRedisTemplate redis;
    private final int batch;
    private final MeterRegistry meters;
    private final String instance = UUID.randomUUID().toString();

    DeemedConsentSweep(CaseStore cases, DecisionService decisions, Clock clock, StringRedisTemplate redis, int batch,
            MeterRegistry meters) {
        this.cases = cases;
        this.decisions = decisions;
        this.clock = clock;
        this.redis = redis;
        this.batch = batch;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${platform.intake.deemed-consent.interval:60s}",
            initialDelayString = "${platform.intake.deemed-consent.initial-delay:10s}")
    void sweepOnSchedule() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Deemed-consent sweep failed; the next one tries again: {}", e.toString());
        }
    }

    @Override
    public int sweep() {
        Timer.Sample sample = Timer.start(meters);
        int total = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<String> due = cases.dueForDeemedConsent(ChinaTime.today(clock), batch);
            int deemed = 0;
            for (String id : due) {
                if (lease(id)) {
                    try {
                        deemed += decisions.deemDue(id);
                    } finally {
                        release(id);
                    }
                }
            }
            total += deemed;
            if (due.size() < batch || deemed == 0) {
                break;
            }
        }
        sample.stop(meters.timer("intake.deemed-consent.sweep"));
        if (total > 0) {
            log.info("Deemed-consent sweep: {} task(s) deemed approved", total);
        }
        return total;
    }

    private boolean lease(String id) {
        try {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(LEASE + id, instance, Duration.ofSeconds(30)));
        } catch (RuntimeException e) {
            // Without Redis the compare-and-set save still keeps it to once per task.
            return true;
        }
    }

    private void release(String id) {
        try {
            redis.execute(RELEASE, List.of(LEASE + id), instance);
        } catch (RuntimeException e) {
            // The lease expires by itself.
        }
    }
}
