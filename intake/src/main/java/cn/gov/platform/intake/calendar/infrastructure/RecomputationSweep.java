package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.RecomputationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Every instance looks for recomputation work every few seconds; the lease lets one at a time do it. */
class RecomputationSweep {

    private static final Logger log = LoggerFactory.getLogger(RecomputationSweep.class);

    private final RecomputationService recomputation;

    RecomputationSweep(RecomputationService recomputation) {
        this.recomputation = recomputation;
    }

    @Scheduled(fixedDelayString = "${platform.intake.calendar.recompute.interval:3s}",
            initialDelayString = "${platform.intake.calendar.recompute.interval:3s}")
    void sweepOnSchedule() {
        try {
            recomputation.sweep();
        } catch (RuntimeException e) {
            // Nothing is lost: the job keeps its progress and the next round (here or elsewhere) resumes it.
            log.warn("Calendar: recomputation round failed; the next one resumes: {}", e.toString());
        }
    }
}
