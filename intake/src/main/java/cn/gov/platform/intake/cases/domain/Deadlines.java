package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.Pause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The case's clock on the working-day calendar (INT-6): the item's limits (copied in at drafting),
 * the day of acceptance, the promised and statutory due dates, the pauses while the applicant
 * supplements during the review (no due date while one is open: they are counted again at the
 * resubmission), and every date a published calendar year moved (issue 14).
 *
 * @param changes every date moved because a calendar year was published, oldest first
 */
public record Deadlines(int statutoryDays, int promisedDays, @Nullable LocalDate acceptedOn,
        @Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue, List<Pause> pauses,
        List<DeadlineChange> changes) {

    public Deadlines {
        pauses = List.copyOf(pauses);
        changes = List.copyOf(changes);
    }

    static Deadlines of(TimeLimits limits) {
        return new Deadlines(limits.statutory().value(), limits.promised().value(), null, null, null, List.of(),
                List.of());
    }

    /** The promised and statutory due dates if the case were accepted {@code today}: what acceptance checks against. */
    Due ifAcceptedOn(LocalDate today, DeadlineClock clock) {
        return new Due(clock.deadline(today, promisedDays, List.of(), today).due(),
                clock.deadline(today, statutoryDays, List.of(), today).due());
    }

    /** Two due dates counted from the same start. */
    record Due(LocalDate promised, LocalDate statutory) {
    }

    /** The clock starts at acceptance. */
    Deadlines started(LocalDate today, DeadlineClock clock) {
        return new Deadlines(statutoryDays, promisedDays, today, promisedDue, statutoryDue, pauses, changes)
                .recounted(clock, today);
    }

    /** Both due dates counted from acceptance with every pause left out, on the calendar as it is. */
    Deadlines recounted(DeadlineClock clock, LocalDate today) {
        return withDue(clock.deadline(acceptedOn, promisedDays, pauses, today).due(),
                clock.deadline(acceptedOn, statutoryDays, pauses, today).due());
    }

    /** Due dates as they stand; counted now only if there are none yet (a decision on a case stored without them). */
    Deadlines withDueDates(DeadlineClock clock, LocalDate today) {
        return promisedDue == null ? recounted(clock, today) : this;
    }

    /** A supplement requested during the review stops the clock: no due date until the resubmission. */
    Deadlines paused(LocalDate day) {
        List<Pause> all = new ArrayList<>(pauses);
        all.add(new Pause(day, null));
        return new Deadlines(statutoryDays, promisedDays, acceptedOn, null, null, all, changes);
    }

    /** The open pause, if any, ends on {@code day}. */
    Deadlines resumed(LocalDate day) {
        if (pauses.isEmpty() || !pauses.getLast().isOpen()) {
            return this;
        }
        List<Pause> all = new ArrayList<>(pauses);
        Pause open = all.removeLast();
        all.add(new Pause(open.paused(), day));
        return new Deadlines(statutoryDays, promisedDays, acceptedOn, promisedDue, statutoryDue, all, changes);
    }

    public boolean isPaused() {
        return pauses.stream().anyMatch(Pause::isOpen);
    }

    /** Accepted and not decided, the clock running or stopped for a supplement: its dates may still move. */
    boolean areOpen(CaseState state) {
        return acceptedOn != null && (state.isAccepted() || state == CaseState.SUPPLEMENT_REQUESTED);
    }

    /** The promised deadline as of {@code today}: due date, or paused with the days used so far. */
    public DeadlineClock.@Nullable Deadline promised(DeadlineClock clock, LocalDate today) {
        return acceptedOn == null ? null : clock.deadline(acceptedOn, promisedDays, pauses, today);
    }

    /** The last working day of {@code limit} working days from acceptance, every pause left out. */
    LocalDate dueAfter(int limit, DeadlineClock clock, LocalDate today) {
        return clock.deadline(acceptedOn, limit, pauses, today).due();
    }

    /** The same with only the pauses that have ended: what a date would be without the one still open. */
    LocalDate dueAfterEndedPauses(int limit, DeadlineClock clock, LocalDate today) {
        return clock.deadline(acceptedOn, limit, pauses.stream().filter(p -> !p.isOpen()).toList(), today).due();
    }

    /**
     * The working days from acceptance up to {@code due}, ended pauses left out: the limit a date was
     * counted with, recovered before the open pause closes. Asked as "paused from the due date on",
     * the clock answers exactly that count.
     */
    int workingDaysUpTo(LocalDate due, DeadlineClock clock) {
        List<Pause> upToDue = new ArrayList<>(pauses.stream().filter(p -> !p.isOpen()).toList());
        upToDue.add(new Pause(due, null));
        return clock.deadline(acceptedOn, 0, upToDue, due).usedWorkingDays();
    }

    /**
     * Whether the clock touches {@code year}: from acceptance to its latest open date (the promised and
     * statutory dates and {@code others}, those of tasks and tolerated materials). A stopped clock has
     * no end yet, so it touches every year from its acceptance on.
     */
    boolean touch(int year, List<LocalDate> others) {
        if (acceptedOn == null || acceptedOn.getYear() > year) {
            return false;
        }
        if (isPaused()) {
            return true;
        }
        List<LocalDate> dates = new ArrayList<>(others);
        if (promisedDue != null) {
            dates.add(promisedDue);
        }
        if (statutoryDue != null) {
            dates.add(statutoryDue);
        }
        return dates.stream().anyMatch(d -> d.getYear() >= year);
    }

    /**
     * The promised and statutory dates counted again on the calendar as it is now; told to the
     * applicant, they never move earlier. A paused clock has none to move.
     */
    Deadlines recomputed(DeadlineClock clock, LocalDate today, DeadlineMoves moves) {
        if (isPaused()) {
            return this;
        }
        LocalDate promised = moves.settle(DeadlineChange.Kind.PROMISED, null, promisedDue,
                clock.deadline(acceptedOn, promisedDays, pauses, today).due());
        LocalDate statutory = moves.settle(DeadlineChange.Kind.STATUTORY, null, statutoryDue,
                clock.deadline(acceptedOn, statutoryDays, pauses, today).due());
        return withDue(promised, statutory);
    }

    Deadlines recording(List<DeadlineChange> moved) {
        List<DeadlineChange> all = new ArrayList<>(changes);
        all.addAll(moved);
        return new Deadlines(statutoryDays, promisedDays, acceptedOn, promisedDue, statutoryDue, pauses, all);
    }

    private Deadlines withDue(LocalDate promised, LocalDate statutory) {
        return new Deadlines(statutoryDays, promisedDays, acceptedOn, promised, statutory, pauses, changes);
    }
}
