package cn.gov.platform.intake.complaints.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a complaint about efficiency stands; an explicit state machine. */
public enum ComplaintState {
    /** Filed; the answer is due within 10 working days (INT-6). */
    FILED,
    /** The deadline was extended once, with a reason, to at most 30 calendar days from filing. */
    EXTENDED,
    /** Answered in writing to the complainant. */
    ANSWERED;

    private static final Map<ComplaintState, Set<ComplaintState>> NEXT = Map.of(
            FILED, EnumSet.of(EXTENDED, ANSWERED),
            EXTENDED, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.noneOf(ComplaintState.class));

    public boolean canMoveTo(ComplaintState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this != ANSWERED;
    }
}
