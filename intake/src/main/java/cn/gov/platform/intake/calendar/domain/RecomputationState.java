package cn.gov.platform.intake.calendar.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a recomputation job stands; an explicit state machine. */
public enum RecomputationState {
    /** Created with the publication; no instance has started it. */
    PENDING,
    /** An instance is working through the open deadlines; another takes over after a crash. */
    RUNNING,
    /** Every open deadline touching the year was examined on this version. */
    DONE,
    /** A newer version of the year was published before this one was done; its job does the work. */
    SUPERSEDED;

    private static final Map<RecomputationState, Set<RecomputationState>> NEXT = Map.of(
            PENDING, EnumSet.of(RUNNING, SUPERSEDED),
            RUNNING, EnumSet.of(DONE, SUPERSEDED),
            DONE, EnumSet.noneOf(RecomputationState.class),
            SUPERSEDED, EnumSet.noneOf(RecomputationState.class));

    public boolean canMoveTo(RecomputationState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinished() {
        return NEXT.get(this).isEmpty();
    }
}
