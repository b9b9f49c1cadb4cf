package cn.gov.platform.intake.hotline.domain;

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
 * A 12345 hotline ticket (NOT-2): a call an operator recorded or a message a citizen left in the portal,
 * routed to a department of the catalogue with a working-day deadline per {@link HotlineKind}; re-routed
 * while unanswered (deadline unchanged, history kept), answered by the department, then rated 1 to 5 by
 * the caller. A query the platform answered while the caller was on the line is recorded answered at once.
 */
public final class Ticket {

    public static final int MAX_TEXT = 2000;
    /** How much of the answer the caller's SMS carries. */
    public static final int SMS_ANSWER = 300;
    public static final String CALLER_PREFIX = "hotline-caller:";

    private TicketSnapshot s;
    private final List<StaffEvent> outbox;

    private Ticket(TicketSnapshot s) {
        this.s = s;
        this.outbox = new ArrayList<>(s.outbox());
    }

    public static Ticket restore(TicketSnapshot s) {
        return new Ticket(s);
    }

    /** Where a ticket goes: a department of the catalogue at a division. */
    public record Department(String division, String department, String departmentName) {
    }

    /** Who called or wrote: a phone (its keyed hash and its sealed number) or a citizen's account. */
    public record Caller(@Nullable String phoneKey, @Nullable String sealedPhone, @Nullable String citizenSubject) {
        public Caller {
            if ((phoneKey == null || sealedPhone == null) && citizenSubject == null) {
                throw new IllegalArgumentException("a caller has a phone or an account");
            }
        }

        @Override
        public String toString() {
            return "Caller[***]";
        }
    }

    /** Routed to {@code to}; due {@link HotlineKind#workingDays()} working days after {@code today}. */
    public static Ticket receive(String id, String channel, HotlineKind kind, String fingerprint, Caller caller,
            @Nullable String recordedBy, Department to, String text, String by, WorkingDayCalendar calendar, Instant at,
            LocalDate today) {
        requireText(text, "text", MAX_TEXT);
        LocalDate due = calendar.plusWorkingDays(today, kind.workingDays());
        Ticket t = new Ticket(new TicketSnapshot(id, 0, channel, kind, fingerprint, caller.phoneKey(),
                caller.sealedPhone(), caller.citizenSubject(), recordedBy, to.division(), to.department(),
                to.departmentName(), text.strip(), TicketState.RECEIVED, at, today, due,
                List.of(new TicketSnapshot.Route(to.department(), to.departmentName(), by, at, null)), null, null, null,
                null, false, null, null, List.of(), false));
        t.record(new IntakePayload.HotlineTicketReceived(id, kind.name(), due), null, at);
        return t;
    }

    /**
     * A query the platform answered while the caller was on the line ({@code answer}: what the operator
     * read out); recorded for the figures, answered on the day, nobody to tell afterwards (no rating).
     */
    public static Ticket answeredAtOnce(String id, String fingerprint, Caller caller, String recordedBy,
            Department to, String text, String answer, Instant at, LocalDate today) {
        requireText(text, "text", MAX_TEXT);
        Ticket t = new Ticket(new TicketSnapshot(id, 0, "CALL", HotlineKind.QUERY, fingerprint, caller.phoneKey(),
                caller.sealedPhone(), caller.citizenSubject(), recordedBy, to.division(), to.department(),
                to.departmentName(), text.strip(), TicketState.ANSWERED, at, today, today,
                List.of(new TicketSnapshot.Route(to.department(), to.departmentName(), recordedBy, at, null)), answer,
                recordedBy, at, today, true, null, null, List.of(), false));
        // Supervision counts it (received, answered on time); nobody is sent anything.
        t.record(new IntakePayload.HotlineTicketReceived(id, HotlineKind.QUERY.name(), today), null, at);
        return t;
    }

    /** Sent on to the right department while unanswered: the due date stays, the history grows. */
    public void reroute(String by, Department to, String reason, Instant at) {
        if (s.state() != TicketState.RECEIVED) {
            throw transition("re-routed", "转派");
        }
        requireText(reason, "reason", 500);
        if (to.division().equals(s.division()) && to.department().equals(s.department())) {
            throw DomainViolation.invalid("department", "SAME_DEPARTMENT", "工单已在该部门，请选择其他部门。",
                    "The ticket is with this department already; choose another.");
        }
        String from = s.department();
        List<TicketSnapshot.Route> routes = new ArrayList<>(s.routes());
        routes.add(new TicketSnapshot.Route(to.department(), to.departmentName(), by, at, reason.strip()));
        s = new TicketSnapshot(s.id(), s.version(), s.channel(), s.kind(), s.fingerprint(), s.phoneKey(),
                s.sealedPhone(), s.citizenSubject(), s.recordedBy(), to.division(), to.department(),
                to.departmentName(), s.text(), s.state(), s.receivedAt(), s.receivedOn(), s.dueOn(), routes, null, null,
                null, null, false, null, null, s.outbox(), s.outboxPending());
        record(new IntakePayload.HotlineTicketRerouted(s.id(), from, s.dueOn()), null, at);
    }

    /** The department's answer; the caller is told it by SMS and asked to rate it. */
    public void answer(String by, String text, Instant at, LocalDate today) {
        if (!s.state().canMoveTo(TicketState.ANSWERED)) {
            throw transition("answered", "答复");
        }
        requireText(text, "answer", MAX_TEXT);
        String answer = text.strip();
        s = new TicketSnapshot(s.id(), s.version(), s.channel(), s.kind(), s.fingerprint(), s.phoneKey(),
                s.sealedPhone(), s.citizenSubject(), s.recordedBy(), s.division(), s.department(), s.departmentName(),
                s.text(), TicketState.ANSWERED, s.receivedAt(), s.receivedOn(), s.dueOn(), s.routes(), answer, by, at,
                today, false, null, null, s.outbox(), s.outboxPending());
        String sms = answer.length() > SMS_ANSWER ? answer.substring(0, SMS_ANSWER - 1) + "…" : answer;
        record(new IntakePayload.HotlineTicketAnswered(s.id(), s.answeredOnTime(), sms), recipient(), at);
    }

    /** The caller's rating of the answer, 1 to 5. */
    public void rate(int rating, Instant at) {
        if (rating < 1 || rating > 5) {
            throw DomainViolation.invalid("rating", "RATING_OUT_OF_RANGE", "评价须为 1 至 5 分。",
                    "A rating is 1 to 5.");
        }
        if (s.answeredAtOnce() || !s.state().canMoveTo(TicketState.RATED)) {
            throw transition("rated", "评价");
        }
        s = new TicketSnapshot(s.id(), s.version(), s.channel(), s.kind(), s.fingerprint(), s.phoneKey(),
                s.sealedPhone(), s.citizenSubject(), s.recordedBy(), s.division(), s.department(), s.departmentName(),
                s.text(), TicketState.RATED, s.receivedAt(), s.receivedOn(), s.dueOn(), s.routes(), s.answer(),
                s.answeredBy(), s.answeredAt(), s.answeredOn(), false, rating, at, s.outbox(), s.outboxPending());
        record(new IntakePayload.HotlineTicketRated(s.id(), rating), null, at);
    }

    /** Whom the answer is sent to: the citizen's account, or the caller's phone (opened by intake at send time). */
    private String recipient() {
        return s.citizenSubject() != null ? s.citizenSubject() : CALLER_PREFIX + s.id();
    }

    private DomainViolation transition(String en, String zh) {
        String state = s.state().name().toLowerCase(Locale.ROOT);
        return new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                Message.of("工单当前状态为" + words(s.state()) + "，不能" + zh + "。",
                        "A ticket that is " + state + " cannot be " + en + "."), null, List.of());
    }

    private static String words(TicketState state) {
        return switch (state) {
            case RECEIVED -> "待答复";
            case ANSWERED -> "已答复";
            case RATED -> "已评价";
        };
    }

    private static void requireText(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw DomainViolation.invalid(field, "TEXT_REQUIRED", "须填写内容（不超过 " + max + " 字）。",
                    "This text is required (at most " + max + " characters).");
        }
    }

    private void record(IntakePayload payload, @Nullable String recipient, Instant at) {
        outbox.add(new StaffEvent(UUID.randomUUID().toString(), payload.type(), null, null, null, null, recipient,
                s.division(), s.department(), at, payload.values(), null));
    }

    public TicketSnapshot snapshot() {
        return new TicketSnapshot(s.id(), s.version(), s.channel(), s.kind(), s.fingerprint(), s.phoneKey(),
                s.sealedPhone(), s.citizenSubject(), s.recordedBy(), s.division(), s.department(), s.departmentName(),
                s.text(), s.state(), s.receivedAt(), s.receivedOn(), s.dueOn(), s.routes(), s.answer(), s.answeredBy(),
                s.answeredAt(), s.answeredOn(), s.answeredAtOnce(), s.rating(), s.ratedAt(), outbox,
                outbox.stream().anyMatch(e -> !e.isPublished()));
    }
}
