package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.FeeService;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night, yesterday's statement is reconciled (one instance at a time, by the Redis lock). */
class ReconciliationSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);
    private final FeeService fees;
    private final Clock clock;

    ReconciliationSchedule(FeeService fees, Clock clock) {
        this.fees = fees;
        this.clock = clock;
    }

    @Scheduled(cron = "${platform.intake.payments.reconcile-cron:0 30 2 * * *}", zone = ChinaTime.ZONE_ID)
    void yesterday() {
        try {
            FeeService.Reconciliation r = fees.reconcile(ChinaTime.today(clock).minusDays(1));
            log.info("Reconciled {}: {}", r.day(), r);
        } catch (RuntimeException e) {
            log.warn("Reconciliation failed, tried again tomorrow or by an administrator: {}", e.toString());
        }
    }
}
