package cn.gov.platform.credit.calendar.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes credit's open deadlines when the official calendar changed (issue 14, point 4): once
 * for all instances per calendar state. Every instance asks when its calendar changed and once a
 * minute; the one that takes the lease does the work and records the state it worked on, the
 * others find it recorded. A crash half-way leaves the state unrecorded and the lease expiring, so
 * another instance (or the next minute) does it again; that is safe because every holder saves with
 * compare-and-set and a second pass on one calendar moves nothing. An instance whose calendar is
 * older than the recorded one does nothing.
 */
public class CalendarRecomputation {

    /** What one call did. */
    public enum Outcome {
        /** The official years were never read: nothing is computed on provisional data. */
        NOT_READ_YET,
        /** Done already for the years this instance holds. */
        UP_TO_DATE,
        /** This instance holds older versions than the ones recomputed for; it will catch up. */
        BEHIND,
        /** Another instance holds the lease. */
        BUSY,
        RECOMPUTED
    }

    private static final Logger log = LoggerFactory.getLogger(CalendarRecomputation.class);
    /** Longer than a recomputation of every open petition and pending publication takes. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Deadlines deadlines;
    private final List<RecomputesDeadlines> holders;
    private final RecomputationLedger ledger;
    private final Clock clock;
    private final MeterRegistry meters;

    public CalendarRecomputation(Deadlines deadlines, List<RecomputesDeadlines> holders, RecomputationLedger ledger,
            Clock clock, MeterRegistry meters) {
        this.deadlines = deadlines;
        this.holders = List.copyOf(holders);
        this.ledger = ledger;
        this.clock = clock;
        this.meters = meters;
    }

    public synchronized Outcome run() {
        if (!deadlines.ready()) {
            return Outcome.NOT_READ_YET;
        }
        Map<Integer, Integer> now = CalendarChange.stamp(deadlines.officialYears());
        Outcome settled = settled(now, ledger.recomputedFor());
        if (settled != null) {
            return settled;
        }
        if (!ledger.tryLease(LEASE)) {
            return Outcome.BUSY;
        }
        try {
            Optional<Map<Integer, Integer>> recorded = ledger.recomputedFor();
            settled = settled(now, recorded);
            if (settled != null) {
                return settled;
            }
            CalendarChange change = CalendarChange.between(recorded.orElse(null), now, clock.instant());
            for (RecomputesDeadlines holder : holders) {
                int moved = holder.recompute(change);
                meters.counter("credit.calendar.deadlines.moved", "holder", holder.name()).increment(moved);
                log.info("Calendar {}: {} open {} deadline(s) moved", now, moved, holder.name());
            }
            ledger.recorded(now);
            return Outcome.RECOMPUTED;
        } finally {
            ledger.releaseLease();
        }
    }

    private static @Nullable Outcome settled(Map<Integer, Integer> now, Optional<Map<Integer, Integer>> recorded) {
        if (recorded.isEmpty()) {
            return null;
        }
        if (recorded.get().equals(now)) {
            return Outcome.UP_TO_DATE;
        }
        return CalendarChange.behind(now, recorded.get()) ? Outcome.BEHIND : null;
    }
}
