package cn.gov.platform.intake.petitions.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a petition (信访事项) stands; an explicit state machine. */
public enum PetitionState {
    /** Received (online or recorded by staff); to be accepted or not, in writing, within the acceptance limit. */
    RECEIVED,
    /** Not accepted, with a written notice saying why and where to turn instead; nothing more happens. */
    NOT_ACCEPTED,
    /** Accepted with a written notice; the answer is due within 15 working days (INT-6). */
    ACCEPTED,
    /** The answer's due date was extended once, by 15 working days, with a recorded reason. */
    EXTENDED,
    /** Answered in writing to the petitioner. */
    ANSWERED;

    private static final Map<PetitionState, Set<PetitionState>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ACCEPTED, NOT_ACCEPTED),
            NOT_ACCEPTED, EnumSet.noneOf(PetitionState.class),
            ACCEPTED, EnumSet.of(EXTENDED, ANSWERED),
            EXTENDED, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.noneOf(PetitionState.class));

    public boolean canMoveTo(PetitionState next) {
        return NEXT.get(this).contains(next);
    }

    /** Someone must still act on it: accept or refuse, or answer. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == EXTENDED;
    }
}
