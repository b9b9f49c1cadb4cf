package cn.gov.platform.intake.cases.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a case as an explicit state machine. Each state lists where it may go; the
 * aggregate asks {@link #canMoveTo} before every change, so an invalid transition is refused in
 * one place. Issue 8 (joint approval) hangs per-department tasks off {@link #UNDER_REVIEW}
 * without new top-level states: the case stays under review until its tasks are done.
 */
public enum CaseState {
    /** Being prepared by the applicant; nobody else sees it. */
    DRAFT,
    /** Handed in; awaits the window's examination. */
    SUBMITTED,
    /** The applicant has been sent one notice listing everything to supplement; the clock stands still. */
    SUPPLEMENT_REQUESTED,
    /** Refused at the window in writing, with its own notice number (不予受理). */
    NOT_ACCEPTED,
    /** Accepted with an acceptance number and a receipt (受理). */
    ACCEPTED,
    /** Accepted with a non-essential material tolerated until a set date (容缺受理). */
    ACCEPTED_WITH_TOLERANCE,
    /** The decision chain is at work (审查). */
    UNDER_REVIEW,
    /** Decided: granted. */
    APPROVED,
    /** Decided: refused, with written reasons and legal basis. */
    REJECTED,
    /** Withdrawn by the applicant before a decision. */
    WITHDRAWN,
    /** The result has been delivered; nothing more happens. */
    CLOSED;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(NOT_ACCEPTED, ACCEPTED, ACCEPTED_WITH_TOLERANCE, SUPPLEMENT_REQUESTED,
                    WITHDRAWN)),
            // Back to where it was: the window (SUBMITTED) or the review (UNDER_REVIEW); or refused
            // when the applicant does not supply what the one-time notice asked for.
            Map.entry(SUPPLEMENT_REQUESTED, EnumSet.of(SUBMITTED, UNDER_REVIEW, NOT_ACCEPTED, WITHDRAWN)),
            Map.entry(NOT_ACCEPTED, EnumSet.noneOf(CaseState.class)),
            // A one-step chain (immediate items) decides straight from acceptance.
            Map.entry(ACCEPTED, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(ACCEPTED_WITH_TOLERANCE, EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(UNDER_REVIEW, EnumSet.of(SUPPLEMENT_REQUESTED, APPROVED, REJECTED, WITHDRAWN)),
            Map.entry(APPROVED, EnumSet.of(CLOSED)),
            Map.entry(REJECTED, EnumSet.of(CLOSED)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(CaseState.class)),
            Map.entry(CLOSED, EnumSet.noneOf(CaseState.class)));

    public boolean canMoveTo(CaseState next) {
        return NEXT.get(this).contains(next);
    }

    public Set<CaseState> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Accepted and not yet decided: the deadline clock runs (unless paused). */
    public boolean isAccepted() {
        return this == ACCEPTED || this == ACCEPTED_WITH_TOLERANCE || this == UNDER_REVIEW;
    }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == CLOSED;
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
