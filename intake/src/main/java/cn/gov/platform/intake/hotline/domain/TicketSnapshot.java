package cn.gov.platform.intake.hotline.domain;

import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hotline ticket as stored. The caller's phone is never stored in the clear: {@code phoneKey} is a keyed
 * hash (to find the caller's latest answered ticket when they reply with a digit) and {@code sealedPhone}
 * the number encrypted, opened only to send the answer.
 *
 * @param id             derived from the recorder and the Idempotency-Key of the request
 * @param channel        CALL (recorded by an operator) or MESSAGE (left by a citizen in the portal)
 * @param citizenSubject the citizen's account for a portal message; null for a call
 * @param recordedBy     the operator's login name for a call; null for a message
 * @param routes         every department the ticket was sent to, oldest first (the current one last)
 * @param answeredAtOnce a query the platform answered while the caller was on the line
 */
public record TicketSnapshot(String id, long version, String channel, HotlineKind kind, String fingerprint,
        @Nullable String phoneKey, @Nullable String sealedPhone, @Nullable String citizenSubject,
        @Nullable String recordedBy, String division, String department, String departmentName, String text,
        TicketState state, Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, List<Route> routes,
        @Nullable String answer, @Nullable String answeredBy, @Nullable Instant answeredAt,
        @Nullable LocalDate answeredOn, boolean answeredAtOnce, @Nullable Integer rating, @Nullable Instant ratedAt,
        List<StaffEvent> outbox, boolean outboxPending) {

    /** One routing: to whom, by whom, when, and why (a re-route says why the previous department was wrong). */
    public record Route(String department, String departmentName, String by, Instant at, @Nullable String reason) {
    }

    public TicketSnapshot {
        routes = routes == null ? List.of() : List.copyOf(routes);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    public TicketSnapshot withVersion(long v) {
        return new TicketSnapshot(id, v, channel, kind, fingerprint, phoneKey, sealedPhone, citizenSubject, recordedBy,
                division, department, departmentName, text, state, receivedAt, receivedOn, dueOn, routes, answer,
                answeredBy, answeredAt, answeredOn, answeredAtOnce, rating, ratedAt, outbox, outboxPending);
    }

    /** Answered by its due date (only meaningful once answered). */
    public boolean answeredOnTime() {
        return answeredOn != null && !answeredOn.isAfter(dueOn);
    }

    /** The department must still answer. */
    public boolean isOpen() {
        return state == TicketState.RECEIVED;
    }
}
