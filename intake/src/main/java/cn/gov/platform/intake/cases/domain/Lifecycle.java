package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a case is in its life and how it got there: its state in {@link CaseState}'s machine (the
 * one place transitions are allowed or refused), where a supplement request returns it to, the
 * numbers it was given (INT-3), when it was filed and handed in, and every step with who took it in
 * which capacity (INT-9).
 *
 * @param resumeState while a supplement is requested: where the resubmission takes the case back to
 * @param history     every step, oldest first; steps that change no state (an opinion under review, a
 *                    task decided, a report upward, a recomputation) keep the state on both sides
 */
public record Lifecycle(CaseState state, @Nullable CaseState resumeState, @Nullable String number,
        @Nullable String noticeNumber, Instant createdAt, @Nullable Instant submittedAt, List<Transition> history) {

    public Lifecycle {
        history = List.copyOf(history);
    }

    static Lifecycle drafted(Actor by, Instant at) {
        return new Lifecycle(CaseState.DRAFT, null, null, null, at, null,
                List.of(new Transition(null, CaseState.DRAFT, by.subject(), by.name(), by.role(), at, null, by.enterprise())));
    }

    /** Refuses a transition the state machine does not allow, naming both states. */
    void requireMove(CaseState to) {
        if (!state.canMoveTo(to)) {
            throw refused(to);
        }
    }

    DomainViolation refused(CaseState to) {
        return new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                Message.of("办件当前状态为 " + state + "，不能转为 " + to + "。",
                        "A case in state " + state + " cannot move to " + to + "."), null, List.of());
    }

    /** A step to {@code to}; {@code note} is a person's words, kept as written. */
    Lifecycle moved(CaseState to, Actor by, Instant at, @Nullable String note) {
        return moved(to, by, at, note, null);
    }

    /** A step to {@code to} with the platform's note, in both languages. */
    Lifecycle movedWithNote(CaseState to, Actor by, Instant at, Message note) {
        return moved(to, by, at, note.zh(), note);
    }

    private Lifecycle moved(CaseState to, Actor by, Instant at, @Nullable String note, @Nullable Message text) {
        requireMove(to);
        return new Lifecycle(to, resumeState, number, noticeNumber, createdAt, submittedAt,
                with(new Transition(state, to, by.subject(), by.name(), by.role(), at, note, by.enterprise(), text)));
    }

    /** Withdrawn by the applicant, at any time before the decision. */
    Lifecycle withdrawn(Actor by, Instant at, String reason) {
        if (state.isDecided()) {
            throw DomainViolation.conflict("ALREADY_DECIDED", "已作出决定的办件不能撤回。", "A decided case cannot be withdrawn.");
        }
        return moved(CaseState.WITHDRAWN, by, at, reason);
    }

    /** A refusal at the window needs written reasons, and is too late once the case was accepted. */
    void requireRefusable(String reason) {
        if (state == CaseState.SUPPLEMENT_REQUESTED && resumeState != CaseState.SUBMITTED) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "受理后的办件不能再不予受理，请作出决定。",
                    "An accepted case cannot be refused at the window any more; decide it instead.");
        }
        WrittenReasons.require(reason, "reason");
        requireMove(CaseState.NOT_ACCEPTED);
    }

    /** A step in the history that leaves the state as it is; {@code note} is a person's words, kept as written. */
    Lifecycle noted(Actor by, Instant at, String note) {
        return noted(by, at, note, null);
    }

    /** The same with the platform's note, in both languages. */
    Lifecycle noted(Actor by, Instant at, Message note) {
        return noted(by, at, note.zh(), note);
    }

    private Lifecycle noted(Actor by, Instant at, String note, @Nullable Message text) {
        return new Lifecycle(state, resumeState, number, noticeNumber, createdAt, submittedAt,
                with(new Transition(state, state, by.subject(), by.name(), by.role(), at, note, by.enterprise(), text)));
    }

    Lifecycle submittedAt(Instant at) {
        return new Lifecycle(state, resumeState, number, noticeNumber, createdAt, at, history);
    }

    Lifecycle numbered(CaseNumber accepted) {
        return new Lifecycle(state, resumeState, accepted.value(), noticeNumber, createdAt, submittedAt, history);
    }

    Lifecycle refusedWith(NoticeNumber notice) {
        return new Lifecycle(state, null, number, notice.value(), createdAt, submittedAt, history);
    }

    /** Supplements requested: the resubmission returns the case to where it is now. */
    Lifecycle supplementRequested(Actor by, Instant at, String note) {
        Lifecycle moved = moved(CaseState.SUPPLEMENT_REQUESTED, by, at, note);
        return new Lifecycle(moved.state, state, number, noticeNumber, createdAt, submittedAt, moved.history);
    }

    /** Only an accepted case not decided yet is reviewed. */
    void requireAccepted() {
        if (!state.isAccepted()) {
            throw refused(CaseState.UNDER_REVIEW);
        }
    }

    /** Only a case awaiting a supplement can be handed in again. */
    void requireSupplementRequested() {
        if (state != CaseState.SUPPLEMENT_REQUESTED) {
            throw refused(CaseState.SUBMITTED);
        }
    }

    /** Handed in again: back to the window, or back to the review. */
    Lifecycle resubmitted(Actor by, Instant at) {
        Lifecycle moved = moved(resumeState == null ? CaseState.SUBMITTED : resumeState, by, at, null);
        return new Lifecycle(moved.state, null, number, noticeNumber, createdAt, submittedAt, moved.history);
    }

    /** The number the applicant reads: the acceptance number, or else the notice of non-acceptance. */
    public @Nullable String reference() {
        return number != null ? number : noticeNumber;
    }

    /** Who accepted the case at the window, as the history names them. */
    String acceptorName() {
        return history.stream().filter(t -> t.to() == CaseState.ACCEPTED || t.to() == CaseState.ACCEPTED_WITH_TOLERANCE)
                .map(Transition::actorName).findFirst().orElse("-");
    }

    private List<Transition> with(Transition step) {
        List<Transition> all = new ArrayList<>(history);
        all.add(step);
        return all;
    }
}
