package cn.gov.platform.intake.hotline.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a hotline ticket stands; an explicit state machine. Re-routing keeps a ticket RECEIVED. */
public enum TicketState {
    /** Routed to a department, awaiting its answer (may be re-routed). */
    RECEIVED,
    /** Answered; the caller was told and asked to rate the answer. */
    ANSWERED,
    /** The caller rated the answer 1 to 5. */
    RATED;

    private static final Map<TicketState, Set<TicketState>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.of(RATED),
            RATED, EnumSet.noneOf(TicketState.class));

    public boolean canMoveTo(TicketState next) {
        return NEXT.get(this).contains(next);
    }
}
