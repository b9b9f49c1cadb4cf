package cn.gov.platform.intake.complaints.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint about efficiency (效能投诉, INT-11) against a case's department or a department
 * directly. The answer is due within {@value #ANSWER_DAYS} working days; the department may extend
 * it once, with a reason, to at most {@value #MAX_CALENDAR_DAYS} calendar days from filing (INT-6).
 * Each change records an event; the answer is told to the complainant.
 */
public final class Complaint {

    public static final int ANSWER_DAYS = 10;
    public static final int MAX_CALENDAR_DAYS = 30;
    public static final int MAX_TEXT = 2000;

    /** What is complained about: a case (and so its department) or a department at a division. */
    public record Target(@Nullable String caseId, @Nullable String caseNumber, @Nullable String itemCode,
            String division, String department, String departmentName) {
    }

    private ComplaintSnapshot s;
    private final List<StaffEvent> outbox;

    private Complaint(ComplaintSnapshot s) {
        this.s = s;
        this.outbox = new ArrayList<>(s.outbox());
    }

    public static Complaint restore(ComplaintSnapshot s) {
        return new Complaint(s);
    }

    /**
     * @param dueOn the date {@value #ANSWER_DAYS} working days after {@code today}
     */
    public static Complaint file(String id, String complainant, String fingerprint, Target target, String text,
            Instant at, LocalDate today, LocalDate dueOn) {
        requireText(text, "text");
        Complaint c = new Complaint(new ComplaintSnapshot(id, 0, complainant, fingerprint, target.caseId(),
                target.caseNumber(), target.itemCode(), target.division(), target.department(),
                target.departmentName(), text.strip(), ComplaintState.FILED, at, today, dueOn, null, null, null,
                null, null, null, List.of(), false, List.of()));
        c.record(new IntakePayload.ComplaintFiled(id, dueOn), at);
        return c;
    }

    /** Extends the deadline once, with a reason, to a date no later than 30 calendar days after filing. */
    public void extend(String by, String reason, LocalDate newDue, Instant at) {
        if (s.state() == ComplaintState.EXTENDED) {
            throw DomainViolation.conflict("ALREADY_EXTENDED", "答复期限只能延长一次。",
                    "The deadline can be extended only once.");
        }
        requireTransition(ComplaintState.EXTENDED);
        requireText(reason, "reason");
        LocalDate latest = s.filedOn().plusDays(MAX_CALENDAR_DAYS);
        if (!newDue.isAfter(s.dueOn()) || newDue.isAfter(latest)) {
            throw DomainViolation.invalid("dueOn", "INVALID_EXTENSION",
                    "延长后的期限须晚于原期限，且不超过受理之日起 30 日（" + latest + "）。",
                    "The new due date must be after the current one and no later than 30 days after filing ("
                            + latest + ").");
        }
        s = copy(ComplaintState.EXTENDED, newDue, reason.strip(), by, null, null, null, null);
        record(new IntakePayload.ComplaintExtended(s.id(), newDue), at);
    }

    /** The written answer, by the department's staff or a supervisor; the complainant is told. */
    public void answer(String by, String text, Instant at, LocalDate today) {
        requireTransition(ComplaintState.ANSWERED);
        requireText(text, "answer");
        s = copy(ComplaintState.ANSWERED, s.dueOn(), s.extensionReason(), s.extendedBy(), text.strip(), by, at, today);
        record(new IntakePayload.ComplaintAnswered(s.id(), s.answeredOnTime()), at);
    }

    /**
     * Whether the answer date is counted on the calendar and reaches into {@code year}: a complaint
     * still within its first {@value #ANSWER_DAYS} working days. An extended date is a calendar date
     * the department set (at most {@value #MAX_CALENDAR_DAYS} days from filing) and is not recounted.
     */
    public boolean dueTouches(int year) {
        return s.state() == ComplaintState.FILED && s.filedOn().getYear() <= year && s.dueOn().getYear() >= year;
    }

    /**
     * The answer date counted again after {@code stamp} was published ({@code computed}: {@value
     * #ANSWER_DAYS} working days after filing on the calendar as it is now). The complainant was told
     * the date, so it never moves earlier; when it moves later the change is kept in the complaint's
     * history and the complainant is told ({@code DeadlinesRecomputed}). Empty when the date stands.
     */
    public Optional<DeadlineChange> recomputeDue(LocalDate computed, CalendarStamp stamp, Instant at) {
        if (s.state() != ComplaintState.FILED) {
            return Optional.empty();
        }
        LocalDate before = s.dueOn();
        LocalDate after = DeadlineChange.Kind.ANSWER.settle(before, computed);
        if (after.equals(before)) {
            return Optional.empty();
        }
        DeadlineChange change = DeadlineChange.of(DeadlineChange.Kind.ANSWER, null, before, after, stamp, at);
        List<DeadlineChange> changes = new ArrayList<>(s.deadlineChanges());
        changes.add(change);
        s = new ComplaintSnapshot(s.id(), s.version(), s.complainantSubject(), s.fingerprint(), s.caseId(),
                s.caseNumber(), s.itemCode(), s.division(), s.department(), s.departmentName(), s.text(), s.state(),
                s.filedAt(), s.filedOn(), after, s.extensionReason(), s.extendedBy(), s.answer(), s.answeredBy(),
                s.answeredAt(), s.answeredOn(), s.outbox(), s.outboxPending(), changes);
        record(IntakePayload.DeadlinesRecomputed.ofComplaint(stamp.year(), stamp.version(),
                s.caseNumber() != null ? s.caseNumber() : s.departmentName(), change.what() + ":" + before + ">" + after,
                s.id(), after, before), at);
        return Optional.of(change);
    }

    private void requireTransition(ComplaintState to) {
        if (!s.state().canMoveTo(to)) {
            throw new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                    Message.of("投诉当前状态为 " + s.state() + "，不能转为 " + to + "。",
                            "A complaint in state " + s.state() + " cannot move to " + to + "."), null, List.of());
        }
    }

    private static void requireText(@Nullable String text, String field) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw DomainViolation.invalid(field, "TEXT_REQUIRED", "须填写内容（不超过 2000 字）。",
                    "This text is required (at most 2000 characters).");
        }
    }

    private ComplaintSnapshot copy(ComplaintState state, LocalDate due, @Nullable String extensionReason,
            @Nullable String extendedBy, @Nullable String answer, @Nullable String answeredBy,
            @Nullable Instant answeredAt, @Nullable LocalDate answeredOn) {
        return new ComplaintSnapshot(s.id(), s.version(), s.complainantSubject(), s.fingerprint(), s.caseId(),
                s.caseNumber(), s.itemCode(), s.division(), s.department(), s.departmentName(), s.text(), state,
                s.filedAt(), s.filedOn(), due, extensionReason, extendedBy, answer, answeredBy, answeredAt, answeredOn,
                s.outbox(), s.outboxPending(), s.deadlineChanges());
    }

    /** Records an event of the stream's contract (its payload names this complaint); stored as the outbox always kept it. */
    private void record(IntakePayload payload, Instant at) {
        outbox.add(new StaffEvent(UUID.randomUUID().toString(), payload.type(), s.caseId(), s.caseNumber(),
                s.itemCode(), null, s.complainantSubject(), s.division(), s.department(), at, payload.values(), null));
    }

    public ComplaintSnapshot snapshot() {
        return new ComplaintSnapshot(s.id(), s.version(), s.complainantSubject(), s.fingerprint(), s.caseId(),
                s.caseNumber(), s.itemCode(), s.division(), s.department(), s.departmentName(), s.text(), s.state(),
                s.filedAt(), s.filedOn(), s.dueOn(), s.extensionReason(), s.extendedBy(), s.answer(), s.answeredBy(),
                s.answeredAt(), s.answeredOn(), outbox, outbox.stream().anyMatch(e -> !e.isPublished()),
                s.deadlineChanges());
    }
}
