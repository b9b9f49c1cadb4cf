package cn.gov.platform.credit.calendar.infrastructure;

import cn.gov.platform.credit.calendar.application.CalendarRecomputation;
import cn.gov.platform.support.calendar.CalendarChanged;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the recomputation when this instance's calendar took new official years
 * ({@link CalendarChanged}, raised on the calendar's polling thread, which must not wait for it),
 * and once every {@code platform.credit.calendar.recompute-check} as the safety net (a crashed
 * instance's half-done pass, a missed event). Runs on one thread of its own, one pass at a time.
 */
class CalendarRecomputeTrigger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CalendarRecomputeTrigger.class);
    private final CalendarRecomputation recomputation;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("credit-calendar-recompute").factory());

    CalendarRecomputeTrigger(CalendarRecomputation recomputation) {
        this.recomputation = recomputation;
    }

    @EventListener
    void calendarChanged(CalendarChanged changed) {
        log.info("Calendar years {} changed: recomputing open deadlines", changed.changedYears());
        worker.execute(this::run);
    }

    @Scheduled(initialDelayString = "${platform.credit.calendar.recompute-check:1m}",
            fixedDelayString = "${platform.credit.calendar.recompute-check:1m}")
    void safetyNet() {
        worker.execute(this::run);
    }

    void run() {
        try {
            CalendarRecomputation.Outcome outcome = recomputation.run();
            log.debug("Deadline recomputation: {}", outcome);
        } catch (RuntimeException e) {
            log.warn("Deadline recomputation failed; the next check tries again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
