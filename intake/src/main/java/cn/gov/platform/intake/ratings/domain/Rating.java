package cn.gov.platform.intake.ratings.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A satisfaction rating (好差评, INT-11) of one case, given once by its applicant: the principal,
 * never the agent who filed for them (the service was for the principal). A case can be rated
 * once it has an outcome the applicant knows: decided (approved or rejected), closed, or refused
 * at the window; withdrawn cases and cases still under way cannot. A score of 1 or 2 opens a
 * follow-up (回访整改) that the department must handle within the configured working days.
 */
public final class Rating {

    /** Scores at or below this open a follow-up. */
    public static final int POOR = 2;
    public static final int MAX_COMMENT = 500;

    private RatingSnapshot s;
    private final List<StaffEvent> outbox;

    private Rating(RatingSnapshot s) {
        this.s = s;
        this.outbox = new ArrayList<>(s.outbox());
    }

    public static Rating restore(RatingSnapshot s) {
        return new Rating(s);
    }

    /** Whether a case in {@code state} can be rated. */
    public static boolean rateable(CaseState state) {
        return state == CaseState.APPROVED || state == CaseState.REJECTED || state == CaseState.CLOSED
                || state == CaseState.NOT_ACCEPTED;
    }

    /**
     * The applicant's rating of {@code c}.
     *
     * @param followUpDue the due date of a follow-up, asked only for poor scores, from the rating day
     */
    public static Rating give(CaseRecord c, String raterSubject, int score, @Nullable String comment, Instant at,
            LocalDate today, Function<LocalDate, LocalDate> followUpDue) {
        if (!raterSubject.equals(c.applicantSubject())) {
            throw DomainViolation.rule("ONLY_APPLICANT_RATES", "只有申请人本人可以评价办件，代办员不能代为评价。",
                    "Only the applicant rates a case; an agent who filed it cannot.", null);
        }
        if (!rateable(c.state())) {
            throw DomainViolation.conflict("CASE_NOT_FINISHED", "办件办结后才能评价。",
                    "A case can be rated once it has been decided.");
        }
        if (score < 1 || score > 5) {
            throw DomainViolation.invalid("score", "INVALID_SCORE", "评分须为 1 至 5。", "The score is 1 to 5.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw DomainViolation.invalid("comment", "COMMENT_TOO_LONG", "评价内容不超过 500 字。",
                    "A comment has at most 500 characters.");
        }
        FollowUp followUp = score <= POOR ? FollowUp.open(today, followUpDue.apply(today)) : null;
        // The department that acts on the case now (the higher one for 上报件), under the receiving one's name.
        Rating r = new Rating(new RatingSnapshot(c.id(), 0, c.reference(), c.itemCode(), c.itemName(),
                c.actingDivision(), c.actingDepartment(), c.departmentName(), raterSubject, score, text, at,
                today, followUp, List.of(), false));
        r.record(new IntakePayload.CaseRated(c.id(), score), at);
        if (followUp != null) {
            r.record(new IntakePayload.RatingFollowUpOpened(c.id(), score, followUp.dueOn()), at);
        }
        return r;
    }

    /** Whether a repeated request is the same rating (a retry) rather than a second, different one. */
    public boolean sameAs(int score, @Nullable String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return s.score() == score && java.util.Objects.equals(s.comment(), text);
    }

    /** Department staff record what they did about a poor rating (回访整改); once. */
    public void handleFollowUp(String staffName, String note, Instant at, LocalDate today) {
        FollowUp f = s.followUp();
        if (f == null) {
            throw DomainViolation.conflict("NO_FOLLOW_UP", "该评价没有需要回访整改的事项。",
                    "This rating opened no follow-up.");
        }
        if (!f.isOpen()) {
            throw DomainViolation.conflict("FOLLOW_UP_ALREADY_HANDLED", "回访整改已办理。",
                    "The follow-up has already been handled.");
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw DomainViolation.invalid("note", "NOTE_REQUIRED", "须写明回访整改情况（不超过 2000 字）。",
                    "Describe the follow-up (at most 2000 characters).");
        }
        FollowUp handled = f.handled(staffName, note.strip(), at, today);
        s = s.with(handled);
        record(new IntakePayload.RatingFollowUpHandled(s.caseId(), handled.onTime()), at);
    }

    /** Records an event of the stream's contract (its payload names this rating); stored as the outbox always kept it. */
    private void record(IntakePayload payload, Instant at) {
        outbox.add(new StaffEvent(UUID.randomUUID().toString(), payload.type(), s.caseId(), s.caseNumber(),
                s.itemCode(), null, null, s.division(), s.department(), at, payload.values(), null));
    }

    public RatingSnapshot snapshot() {
        return s.withOutbox(outbox);
    }
}
