package cn.gov.platform.credit.lists.domain;

import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A red or black list entry (CRE-1). Immutable: every transition returns the next version with
 * the change recorded in its history and an event in its outbox, so the store writes state and
 * event in one document write. The status table is {@link EntryStatus}; this class refuses any
 * change the table does not allow.
 */
public record ListEntry(String id, String subjectKey, String publicName, ListColour list, String listType,
        String issuingDepartment, String legalBasis, String reason, String documentNumber, LocalDate start,
        @Nullable LocalDate end, EntryStatus status, String source, List<StatusChange> history,
        List<OutboxEvent> outbox, boolean outboxPending, Instant createdAt, long version) {

    public ListEntry {
        history = List.copyOf(history);
        outbox = List.copyOf(outbox);
    }

    /** A new entry in force from its start date; {@code EntryListed} is recorded. */
    public static ListEntry list(EntryData d, String source, String by, Instant at, boolean withEvent) {
        List<OutboxEvent> events = withEvent
                ? List.of(OutboxEvent.of(CreditEvent.of(CreditEvent.Type.EntryListed, d.entryId(), null, at)))
                : List.of();
        return new ListEntry(d.entryId(), d.subjectKey().value(), d.publicName(), d.list(), d.listType(),
                d.issuingDepartment(), d.legalBasis(), d.reason(), d.documentNumber(), d.start(), d.end(),
                EntryStatus.ACTIVE, source, List.of(new StatusChange(EntryStatus.ACTIVE, EntryStatus.ACTIVE, by,
                        "listed", at)), events, withEvent, at, 0);
    }

    public SubjectKey key() {
        return new SubjectKey(subjectKey);
    }

    /** Whether the entry applies on {@code date}: in force and within its validity. */
    public boolean appliesOn(LocalDate date) {
        return status.inForce() && !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /** The status a reader should see on {@code date}: an entry past its end is expired even before a sweep says so. */
    public EntryStatus statusOn(LocalDate date) {
        return status.inForce() && end != null && date.isAfter(end) ? EntryStatus.EXPIRED : status;
    }

    /**
     * Records what {@link #statusOn} already shows: an entry in force whose validity ended before
     * {@code at}'s day (in China) is now EXPIRED. No event: nobody is told of an expiry, and the
     * entry stopped applying on its end date whether or not the sweep has run.
     */
    public ListEntry expired(Instant at) {
        LocalDate today = ChinaTime.dateOf(at);
        if (!status.inForce() || end == null || !today.isAfter(end)) {
            throw DomainViolation.conflict("ENTRY_NOT_EXPIRED",
                    "该记录状态为 " + status + "，有效期至 " + end + "，尚未到期。",
                    "The entry is " + status + " and valid until " + end + "; it has not expired.");
        }
        List<StatusChange> changes = new ArrayList<>(history);
        changes.add(new StatusChange(status, EntryStatus.EXPIRED, "system", "validity ended " + end, at));
        return new ListEntry(id, subjectKey, publicName, list, listType, issuingDepartment, legalBasis, reason,
                documentNumber, start, end, EntryStatus.EXPIRED, source, changes, outbox, outboxPending, createdAt,
                version + 1);
    }

    public ListEntry objectionFiled(String by, Instant at) {
        return move(EntryStatus.UNDER_OBJECTION, by, "objection filed", at, CreditEvent.Type.ObjectionFiled, by);
    }

    public ListEntry objectionRejected(String by, String reason, @Nullable String filer, Instant at) {
        return move(EntryStatus.ACTIVE, by, reason, at, null, filer);
    }

    /** An upheld objection or the department's own correction: the listing is set aside. */
    public ListEntry withdrawn(String by, String reason, @Nullable String filer, Instant at) {
        return move(EntryStatus.WITHDRAWN, by, reason, at, CreditEvent.Type.EntryLifted, filer);
    }

    public ListEntry repaired(String by, String reason, @Nullable String filer, Instant at) {
        if (list != ListColour.BLACK) {
            throw DomainViolation.rule("REPAIR_BLACK_ONLY", "只有失信（黑名单）记录可以申请信用修复。",
                    "Only black-list entries can be repaired.", "entryId");
        }
        return move(EntryStatus.REPAIRED, by, reason, at, CreditEvent.Type.EntryLifted, filer);
    }

    private ListEntry move(EntryStatus target, String by, String why, Instant at, CreditEvent.@Nullable Type eventType,
            @Nullable String recipient) {
        LocalDate today = ChinaTime.dateOf(at);
        EntryStatus current = statusOn(today);
        if (!current.canBecome(target)) {
            throw DomainViolation.conflict("ENTRY_STATE_CONFLICT",
                    "该记录当前状态为 " + current + "，不能变为 " + target + "。",
                    "The entry is " + current + " and cannot become " + target + ".");
        }
        List<StatusChange> changes = new ArrayList<>(history);
        changes.add(new StatusChange(status, target, by, why, at));
        List<OutboxEvent> events = new ArrayList<>(outbox);
        if (eventType != null) {
            events.add(OutboxEvent.of(CreditEvent.of(eventType, id, recipient, at)));
        }
        return new ListEntry(id, subjectKey, publicName, list, listType, issuingDepartment, legalBasis, reason,
                documentNumber, start, end, target, source, changes, events, eventType != null || outboxPending,
                createdAt, version + 1);
    }

    /** What the in-memory index keeps of an entry in force. */
    public ActiveEntry toActive() {
        return new ActiveEntry(id, list, listType.intern(), issuingDepartment.intern(), legalBasis.intern(),
                start.toEpochDay(), end == null ? Long.MAX_VALUE : end.toEpochDay());
    }
}
