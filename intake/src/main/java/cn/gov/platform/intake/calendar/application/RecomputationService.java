package cn.gov.platform.intake.calendar.application;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.Recomputation;
import cn.gov.platform.intake.calendar.domain.RecomputationState;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings open deadlines onto a newly published year (issue 14, point 4). Every instance calls
 * {@link #sweep} every few seconds; one at a time does the work (a {@link Lease}). A round takes the
 * oldest unfinished job, makes sure this instance's calendar holds exactly that version of the year
 * (reloading if it is behind; a job whose year has a newer version is superseded by that version's
 * job), and works through the {@link OpenDeadlines} in order from where the job stopped, saving its
 * progress every few items. Each item is recomputed on the calendar as it is and saved with its own
 * compare-and-set; recomputing twice on one version changes nothing, so a crash anywhere is resumed
 * by the next round without harm (an item recomputed twice counts once as changed: the first time).
 */
public class RecomputationService {

    private static final Logger log = LoggerFactory.getLogger(RecomputationService.class);
    /** Progress is saved after this many items: the most a crash makes the next instance examine again. */
    private static final int SAVE_EVERY = 20;

    private final Recomputations jobs;
    private final CalendarYears years;
    private final List<OpenDeadlines> sources;
    private final List<String> sourceNames;
    private final Map<String, OpenDeadlines> byName;
    private final WorkingDayCalendar calendar;
    private final CalendarBroadcast broadcast;
    private final Lease lease;
    private final int batch;
    private final Clock clock;
    private final MeterRegistry meters;

    /**
     * @param sources the holders of deadlines, worked through in the order of their names
     * @param batch   at most this many items per round
     */
    public RecomputationService(Recomputations jobs, CalendarYears years, List<OpenDeadlines> sources,
            WorkingDayCalendar calendar, CalendarBroadcast broadcast, Lease lease, int batch, Clock clock,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.years = years;
        this.sources = sources.stream().sorted(Comparator.comparing(OpenDeadlines::source)).toList();
        this.sourceNames = this.sources.stream().map(OpenDeadlines::source).toList();
        this.byName = this.sources.stream().collect(Collectors.toMap(OpenDeadlines::source, Function.identity()));
        this.calendar = calendar;
        this.broadcast = broadcast;
        this.lease = lease;
        this.batch = batch;
        this.clock = clock;
        this.meters = meters;
    }

    /** One round in whichever instance holds the lease; returns the items examined. */
    public int sweep() {
        if (!lease.acquire()) {
            return 0;
        }
        try {
            openMissing();
            int budget = batch;
            for (Recomputation job : jobs.unfinished(20)) {
                if (budget <= 0) {
                    break;
                }
                int done = work(job, budget);
                if (done < 0) {
                    break;
                }
                budget -= done;
            }
            return batch - budget;
        } finally {
            lease.release();
        }
    }

    /**
     * A publication whose job was never created (the instance stopped right after storing it, or a seed
     * file of a new year) gets one here: every newest version of a year has its job.
     */
    private void openMissing() {
        Set<String> known = new HashSet<>(jobs.ids());
        for (CalendarYear y : years.newestOfEach()) {
            if (!known.contains(Recomputation.idOf(y.year(), y.version()))) {
                jobs.create(Recomputation.open(new CalendarStamp(y.year(), y.version()), clock.instant()));
            }
        }
    }

    /** Works on one job within {@code budget} items; returns the items examined, or -1 when the round should stop. */
    private int work(Recomputation job, int budget) {
        CalendarYear held = calendar.year(job.year());
        if (held.isProvisional() || held.version() < job.calendarVersion()) {
            broadcast.reload();
            held = calendar.year(job.year());
        }
        if (!held.isProvisional() && held.version() > job.calendarVersion()) {
            save(job.supersede(clock.instant()));
            meters.counter("intake.calendar.recomputations", "outcome", "superseded").increment();
            return 0;
        }
        if (held.isProvisional() || held.version() != job.calendarVersion()) {
            // This instance cannot read that version yet: the next round (here or elsewhere) does it.
            return -1;
        }
        CalendarStamp stamp = job.stamp();
        Recomputation current = job.start(sourceNames, clock.instant());
        boolean dirty = current != job;
        int used = 0;
        boolean stop = false;
        while (!current.state().isFinished() && used < budget && !stop) {
            if (current.source() == null || !byName.containsKey(current.source())) {
                current = current.sourceDone(sourceNames, clock.instant());
                dirty = true;
                continue;
            }
            OpenDeadlines source = byName.get(current.source());
            int asked = Math.min(SAVE_EVERY, budget - used);
            List<String> ids = source.candidates(job.year(), current.cursor(), asked);
            long examined = 0;
            long changed = 0;
            String last = null;
            for (String id : ids) {
                if (!onVersion(stamp)) {
                    stop = true;
                    break;
                }
                OpenDeadlines.Outcome outcome = source.recompute(id, stamp);
                meters.counter("intake.calendar.recomputed", "source", source.source(), "outcome", outcome.name())
                        .increment();
                if (outcome == OpenDeadlines.Outcome.BUSY) {
                    stop = true;
                    break;
                }
                examined += outcome == OpenDeadlines.Outcome.NOT_TOUCHED ? 0 : 1;
                changed += outcome == OpenDeadlines.Outcome.CHANGED ? 1 : 0;
                last = id;
                used++;
            }
            if (last != null) {
                current = current.advance(last, examined, changed);
                dirty = true;
            }
            if (!stop && ids.size() < asked) {
                current = current.sourceDone(sourceNames, clock.instant());
                dirty = true;
            }
            if (dirty) {
                current = saved(current);
                if (current == null) {
                    return -1;
                }
                dirty = false;
            }
            if (!stop && !lease.acquire()) {
                // The lease ran out (a long pause): another instance may be at work now.
                return -1;
            }
        }
        if (dirty && saved(current) == null) {
            return -1;
        }
        if (current.state() == RecomputationState.DONE) {
            log.info("Calendar: deadlines recomputed on {}: {} examined, {} changed", stamp.label(),
                    current.examined(), current.changed());
            meters.counter("intake.calendar.recomputations", "outcome", "done").increment();
        }
        return stop ? -1 : used;
    }

    private boolean onVersion(CalendarStamp stamp) {
        CalendarYear held = calendar.year(stamp.year());
        return !held.isProvisional() && held.version() == stamp.version();
    }

    /** The job as stored after saving it, or null when another instance changed it first. */
    private @Nullable Recomputation saved(Recomputation job) {
        return save(job) ? jobs.find(job.year(), job.calendarVersion()).orElse(null) : null;
    }

    private boolean save(Recomputation job) {
        if (jobs.save(job)) {
            return true;
        }
        // Only the lease holder changes jobs; a lost compare-and-set means the lease ran out meanwhile.
        log.warn("Calendar: recomputation {} was changed by another instance; leaving it to that one", job.id());
        return false;
    }
}
