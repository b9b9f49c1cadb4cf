package cn.gov.platform.credit.petitions.domain;

import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An objection or repair request about one entry, filed by the subject with evidence and decided
 * by the issuing department by {@code dueBy} (working days). States: OPEN, then UPHELD or
 * REJECTED once; the decision and its reasons are kept, and an event tells the filer.
 */
public record Petition(String id, PetitionKind kind, String entryId, String issuingDepartment, String filedBy,
        String statement, List<String> evidence, Instant filedAt, LocalDate dueBy, State state,
        @Nullable String decidedBy, @Nullable String decisionReasons, @Nullable Instant decidedAt,
        List<OutboxEvent> outbox, boolean outboxPending, long version) {

    /** OPEN until decided; a decision is final. */
    public enum State { OPEN, UPHELD, REJECTED }

    public Petition {
        evidence = List.copyOf(evidence);
        outbox = List.copyOf(outbox);
    }

    public static Petition file(String id, PetitionKind kind, String entryId, String issuingDepartment, String filedBy,
            String statement, List<String> evidence, Instant at, LocalDate dueBy) {
        if (statement == null || statement.isBlank() || statement.length() > 4000) {
            throw DomainViolation.invalid("statement", "STATEMENT_REQUIRED", "请陈述理由（不超过 4000 字）。",
                    "State your grounds (at most 4000 characters).");
        }
        if (kind == PetitionKind.REPAIR && evidence.isEmpty()) {
            throw DomainViolation.invalid("evidence", "EVIDENCE_REQUIRED", "信用修复须提交已纠正失信行为的证明材料。",
                    "A repair needs evidence that the breach has been put right.");
        }
        return new Petition(id, kind, entryId, issuingDepartment, filedBy, statement.strip(), evidence, at, dueBy,
                State.OPEN, null, null, null, List.of(), false, 0);
    }

    public Petition decide(boolean upheld, String by, String reasons, Instant at) {
        if (state != State.OPEN) {
            throw DomainViolation.conflict("PETITION_DECIDED", "该申请已作出决定。", "This petition has already been decided.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw DomainViolation.invalid("reasons", "REASONS_REQUIRED", "请写明决定理由。", "Give the reasons for the decision.");
        }
        List<OutboxEvent> events = new ArrayList<>(outbox);
        events.add(OutboxEvent.of(kind == PetitionKind.OBJECTION ? "ObjectionDecided" : "RepairDecided", entryId,
                filedBy, at));
        return new Petition(id, kind, entryId, issuingDepartment, filedBy, statement, evidence, filedAt, dueBy,
                upheld ? State.UPHELD : State.REJECTED, by, reasons.strip(), at, events, true, version + 1);
    }

    /** Open past its due date, on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return state == State.OPEN && today.isAfter(dueBy);
    }
}
