package cn.gov.platform.credit.petitions.domain;

import cn.gov.platform.credit.common.domain.DueDateChange;
import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An objection or repair request about one entry, filed by the subject with evidence and decided
 * by the issuing department by {@code dueBy}, {@code workingDays} working days after the filing.
 * States: OPEN, then UPHELD or REJECTED once; the decision and its reasons are kept, and an event
 * tells the filer.
 *
 * <p>{@code dueBy} was told to the filer: when a newly published calendar year moves it, it only
 * ever moves later (the promise stands); each move is kept in {@code dueByChanges} and the filer is
 * told ({@code ObjectionDeadlineMoved} / {@code RepairDeadlineMoved}).
 *
 * @param workingDays the limit the date was computed with; 0 for petitions filed before it was kept
 */
public record Petition(String id, PetitionKind kind, String entryId, String issuingDepartment, String filedBy,
        String statement, List<String> evidence, Instant filedAt, LocalDate dueBy, int workingDays,
        List<DueDateChange> dueByChanges, State state, @Nullable String decidedBy, @Nullable String decisionReasons,
        @Nullable Instant decidedAt, List<OutboxEvent> outbox, boolean outboxPending, long version) {

    /** OPEN until decided; a decision is final. */
    public enum State { OPEN, UPHELD, REJECTED }

    public Petition {
        evidence = List.copyOf(evidence);
        dueByChanges = dueByChanges == null ? List.of() : List.copyOf(dueByChanges);
        outbox = List.copyOf(outbox);
    }

    public static Petition file(String id, PetitionKind kind, String entryId, String issuingDepartment, String filedBy,
            String statement, List<String> evidence, Instant at, LocalDate dueBy, int workingDays) {
        if (statement == null || statement.isBlank() || statement.length() > 4000) {
            throw DomainViolation.invalid("statement", "STATEMENT_REQUIRED", "请陈述理由（不超过 4000 字）。",
                    "State your grounds (at most 4000 characters).");
        }
        if (kind == PetitionKind.REPAIR && evidence.isEmpty()) {
            throw DomainViolation.invalid("evidence", "EVIDENCE_REQUIRED", "信用修复须提交已纠正失信行为的证明材料。",
                    "A repair needs evidence that the breach has been put right.");
        }
        return new Petition(id, kind, entryId, issuingDepartment, filedBy, statement.strip(), evidence, at, dueBy,
                workingDays, List.of(), State.OPEN, null, null, null, List.of(), false, 0);
    }

    public Petition decide(boolean upheld, String by, String reasons, Instant at) {
        if (state != State.OPEN) {
            throw DomainViolation.conflict("PETITION_DECIDED", "该申请已作出决定。", "This petition has already been decided.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw DomainViolation.invalid("reasons", "REASONS_REQUIRED", "请写明决定理由。", "Give the reasons for the decision.");
        }
        List<OutboxEvent> events = new ArrayList<>(outbox);
        events.add(OutboxEvent.of(CreditEvent.of(kind == PetitionKind.OBJECTION ? CreditEvent.Type.ObjectionDecided
                : CreditEvent.Type.RepairDecided, entryId, filedBy, at)));
        return new Petition(id, kind, entryId, issuingDepartment, filedBy, statement, evidence, filedAt, dueBy,
                workingDays, dueByChanges, upheld ? State.UPHELD : State.REJECTED, by, reasons.strip(), at, events, true,
                version + 1);
    }

    /** The day of the filing in China, from which the working days are counted. */
    public LocalDate filedOn() {
        return ChinaTime.dateOf(filedAt);
    }

    /** The limit in working days; {@code fallback} (the configured limit) for a petition filed before it was kept. */
    public int workingDays(int fallback) {
        return workingDays > 0 ? workingDays : fallback;
    }

    /**
     * The petition after the calendar changed and its answer date computes to {@code computed}: a
     * later date replaces {@code dueBy}, is recorded and told to the filer; an earlier or equal one
     * changes nothing (the date told stands), nor does anything once the petition is decided. So
     * recomputing twice on the same calendar changes nothing the second time.
     */
    public Optional<Petition> dueRecomputed(LocalDate computed, int calendarYear, int calendarVersion, Instant at) {
        if (state != State.OPEN || !computed.isAfter(dueBy)) {
            return Optional.empty();
        }
        List<DueDateChange> changes = new ArrayList<>(dueByChanges);
        changes.add(new DueDateChange(dueBy, computed, calendarYear, calendarVersion, at));
        List<OutboxEvent> events = new ArrayList<>(outbox);
        events.add(OutboxEvent.of(CreditEvent.dueDateMoved(kind == PetitionKind.OBJECTION
                ? CreditEvent.Type.ObjectionDeadlineMoved : CreditEvent.Type.RepairDeadlineMoved, entryId, filedBy, at,
                new CreditEvent.DueDateMoved(id, dueBy, computed))));
        return Optional.of(new Petition(id, kind, entryId, issuingDepartment, filedBy, statement, evidence, filedAt,
                computed, workingDays, changes, state, decidedBy, decisionReasons, decidedAt, events, true, version + 1));
    }

    /** Open past its due date, on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return state == State.OPEN && today.isAfter(dueBy);
    }
}
