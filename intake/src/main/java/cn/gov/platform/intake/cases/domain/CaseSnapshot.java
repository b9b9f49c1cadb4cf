package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.calendar.domain.Pause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a case is, as plain data: what the store keeps and what the aggregate is rebuilt
 * from. The item's version, chain, limits and materials are copied in at drafting, so a later
 * change to the catalogue never changes a case already under way.
 *
 * @param filerSubject   who filed: the applicant, or the agent acting for them
 * @param idempotencyKey the key of the submitting request; unique per filer
 * @param fingerprint    a digest of the submitting request, to tell a retry from a different request
 * @param version        optimistic-locking counter, incremented by every save
 */
public record CaseSnapshot(String id, long version, String itemCode, int itemVersion, String itemName,
        ItemClass itemClass, List<StaffRole> chain, int statutoryDays, int promisedDays,
        List<RequiredMaterial> required, String division, String department, String departmentName,
        String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId, String filerSubject,
        String idempotencyKey, String fingerprint, CaseState state, @Nullable CaseState resumeState,
        @Nullable String number, @Nullable String noticeNumber, List<MaterialEntry> materials,
        List<Transition> transitions, List<Notice> notices, List<ToleratedMaterial> tolerated,
        List<Opinion> opinions, @Nullable Decision decision, List<Pause> pauses, @Nullable LocalDate acceptedOn,
        @Nullable LocalDate promisedDue, @Nullable LocalDate statutoryDue, Instant createdAt,
        @Nullable Instant submittedAt, List<OutboxEvent> outbox, boolean outboxPending) {

    public CaseSnapshot {
        chain = List.copyOf(chain);
        required = List.copyOf(required);
        materials = List.copyOf(materials);
        transitions = List.copyOf(transitions);
        notices = List.copyOf(notices);
        tolerated = List.copyOf(tolerated);
        opinions = List.copyOf(opinions);
        pauses = List.copyOf(pauses);
        outbox = List.copyOf(outbox);
    }

    /** The same snapshot under another optimistic-locking version; only the store calls this. */
    public CaseSnapshot withVersion(long newVersion) {
        return new CaseSnapshot(id, newVersion, itemCode, itemVersion, itemName, itemClass, chain, statutoryDays,
                promisedDays, required, division, department, departmentName, applicantSubject, agentSubject,
                mandateId, filerSubject, idempotencyKey, fingerprint, state, resumeState, number, noticeNumber,
                materials, transitions, notices, tolerated, opinions, decision, pauses, acceptedOn, promisedDue,
                statutoryDue, createdAt, submittedAt, outbox, outboxPending);
    }
}
