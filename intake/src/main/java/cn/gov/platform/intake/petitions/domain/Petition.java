package cn.gov.platform.intake.petitions.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A petition (信访事项, INT-6) to a department: received online or recorded by staff from a letter or a
 * visit; accepted or not within {@value #ACCEPTANCE_DAYS} working days, each with a written notice; once
 * accepted, answered within {@value #ANSWER_DAYS} working days, which the department may extend once by
 * {@value #EXTENSION_DAYS} with a recorded reason. The petitioner is told of every step (an event each).
 */
public final class Petition {

    /** Working days to decide whether to accept (信访工作条例: within 15 days of receipt, in writing). */
    public static final int ACCEPTANCE_DAYS = 15;
    public static final int ANSWER_DAYS = 15;
    public static final int EXTENSION_DAYS = 15;
    public static final int MAX_TEXT = 4000;

    private PetitionSnapshot s;
    private final List<StaffEvent> outbox;

    private Petition(PetitionSnapshot s) {
        this.s = s;
        this.outbox = new ArrayList<>(s.outbox());
    }

    public static Petition restore(PetitionSnapshot s) {
        return new Petition(s);
    }

    /** Where the petition is addressed: a department of the catalogue at a division. */
    public record Addressee(String division, String department, String departmentName) {
    }

    /**
     * @param recordedBy the member of staff who recorded it from a letter or a visit; null when filed online
     */
    public static Petition receive(String id, String petitioner, String fingerprint, @Nullable String recordedBy,
            Addressee to, String text, WorkingDayCalendar calendar, Instant at, LocalDate today) {
        requireText(text, "text", MAX_TEXT);
        LocalDate acceptanceDue = calendar.plusWorkingDays(today, ACCEPTANCE_DAYS);
        Petition p = new Petition(new PetitionSnapshot(id, 0, petitioner, fingerprint, recordedBy, to.division(),
                to.department(), to.departmentName(), text.strip(), PetitionState.RECEIVED, at, today, acceptanceDue,
                null, null, null, null, null, null, null, null, null, null, null, List.of(), false));
        p.record(new IntakePayload.PetitionReceived(id, acceptanceDue), at);
        return p;
    }

    /** Accepted in writing; the answer is due {@value #ANSWER_DAYS} working days later. */
    public void accept(String by, String note, WorkingDayCalendar calendar, Instant at, LocalDate today) {
        requireTransition(PetitionState.ACCEPTED);
        requireText(note, "note", 2000);
        LocalDate due = calendar.plusWorkingDays(today, ANSWER_DAYS);
        s = decided(PetitionState.ACCEPTED, note.strip(), by, today, due);
        record(new IntakePayload.PetitionAccepted(s.id(), s.noticeNumber(), due), at);
    }

    /** Not accepted, in writing, saying why and where the petitioner may turn instead. */
    public void refuse(String by, String reason, Instant at, LocalDate today) {
        requireTransition(PetitionState.NOT_ACCEPTED);
        requireText(reason, "note", 2000);
        s = decided(PetitionState.NOT_ACCEPTED, reason.strip(), by, today, null);
        record(new IntakePayload.PetitionNotAccepted(s.id(), s.noticeNumber()), at);
    }

    /** Extends the answer's due date once, by {@value #EXTENSION_DAYS} working days, with a reason; the petitioner is told. */
    public void extend(String by, String reason, WorkingDayCalendar calendar, Instant at) {
        if (s.state() == PetitionState.EXTENDED) {
            throw DomainViolation.conflict("ALREADY_EXTENDED", "信访事项的答复期限只能延长一次。",
                    "A petition's answer can be extended only once.");
        }
        requireTransition(PetitionState.EXTENDED);
        requireText(reason, "reason", 2000);
        LocalDate due = calendar.plusWorkingDays(s.dueOn(), EXTENSION_DAYS);
        s = copy(PetitionState.EXTENDED, due, reason.strip(), by, null, null, null, null);
        record(new IntakePayload.PetitionExtended(s.id(), due), at);
    }

    /** The written answer; the petitioner is told. */
    public void answer(String by, String text, Instant at, LocalDate today) {
        requireTransition(PetitionState.ANSWERED);
        requireText(text, "answer", MAX_TEXT);
        s = copy(PetitionState.ANSWERED, s.dueOn(), s.extensionReason(), s.extendedBy(), text.strip(), by, at, today);
        record(new IntakePayload.PetitionAnswered(s.id(), s.answeredOnTime()), at);
    }

    /** The written notice's number: 信访 + year received + the petition's own id, so it never collides. */
    static String noticeNumber(String id, LocalDate receivedOn) {
        return "XF-" + receivedOn.getYear() + "-" + id.replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private PetitionSnapshot decided(PetitionState state, String notice, String by, LocalDate today,
            @Nullable LocalDate due) {
        return new PetitionSnapshot(s.id(), s.version(), s.petitionerSubject(), s.fingerprint(), s.recordedBy(),
                s.division(), s.department(), s.departmentName(), s.text(), state, s.receivedAt(), s.receivedOn(),
                s.acceptanceDue(), noticeNumber(s.id(), s.receivedOn()), notice, by, today, due, null, null, null, null,
                null, null, s.outbox(), s.outboxPending());
    }

    private PetitionSnapshot copy(PetitionState state, @Nullable LocalDate due, @Nullable String extensionReason,
            @Nullable String extendedBy, @Nullable String answer, @Nullable String answeredBy,
            @Nullable Instant answeredAt, @Nullable LocalDate answeredOn) {
        return new PetitionSnapshot(s.id(), s.version(), s.petitionerSubject(), s.fingerprint(), s.recordedBy(),
                s.division(), s.department(), s.departmentName(), s.text(), state, s.receivedAt(), s.receivedOn(),
                s.acceptanceDue(), s.noticeNumber(), s.noticeText(), s.decidedBy(), s.decidedOn(), due, extensionReason,
                extendedBy, answer, answeredBy, answeredAt, answeredOn, s.outbox(), s.outboxPending());
    }

    private void requireTransition(PetitionState to) {
        if (!s.state().canMoveTo(to)) {
            throw new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                    Message.of("信访事项当前状态为" + words(s.state()) + "，不能" + words(to) + "。",
                            "A petition that is " + s.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + " cannot become " + to.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "."),
                    null, List.of());
        }
    }

    private static String words(PetitionState state) {
        return switch (state) {
            case RECEIVED -> "待受理";
            case NOT_ACCEPTED -> "不予受理";
            case ACCEPTED -> "已受理";
            case EXTENDED -> "已延期";
            case ANSWERED -> "已答复";
        };
    }

    private static void requireText(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw DomainViolation.invalid(field, "TEXT_REQUIRED", "须填写内容（不超过 " + max + " 字）。",
                    "This text is required (at most " + max + " characters).");
        }
    }

    /** Events go to the petitioner (recipientSubject) and carry the department. */
    private void record(IntakePayload payload, Instant at) {
        outbox.add(new StaffEvent(UUID.randomUUID().toString(), payload.type(), null, null, null, null,
                s.petitionerSubject(), s.division(), s.department(), at, payload.values(), null));
    }

    public PetitionSnapshot snapshot() {
        return new PetitionSnapshot(s.id(), s.version(), s.petitionerSubject(), s.fingerprint(), s.recordedBy(),
                s.division(), s.department(), s.departmentName(), s.text(), s.state(), s.receivedAt(), s.receivedOn(),
                s.acceptanceDue(), s.noticeNumber(), s.noticeText(), s.decidedBy(), s.decidedOn(), s.dueOn(),
                s.extensionReason(), s.extendedBy(), s.answer(), s.answeredBy(), s.answeredAt(), s.answeredOn(), outbox,
                outbox.stream().anyMatch(e -> !e.isPublished()));
    }
}
