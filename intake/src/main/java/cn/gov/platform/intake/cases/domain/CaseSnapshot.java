package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.calendar.Pause;
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
 * @param tasks          joint items only: one task per participating department (INT-5); empty otherwise
 * @param deemedConsent  copied from the item: a silent department is deemed to approve at its deadline
 * @param deemedDue      the earliest due date of an open task that silence would approve, for the sweep; else null
 * @param greenChannel   major project or credit incentive: first in the queue, with a named officer (INT-8)
 * @param greenChannelBasis why: MAJOR_PROJECT (validated by staff) or CREDIT:&lt;measureId&gt;
 * @param reportedTo     上报件: the higher division whose department now decides; the original still sees it
 * @param creditCheck    whether the credit check has answered; PENDING blocks the decision
 * @param credit         the last answer used (CRE-2)
 * @param creditFeedback what was done with the answers, until the credit service has taken it
 * @param delivery       how the result reaches the applicant (INT-12)
 * @param deadlineChanges every date moved because a calendar year was published, oldest first (issue 14)
 *
 * <p>Documents stored before a field existed read it as an empty list, null or false.
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
        @Nullable Instant submittedAt, List<OutboxEvent> outbox, boolean outboxPending, List<JointTask> tasks,
        boolean deemedConsent, @Nullable String deemedConsentBasis, @Nullable LocalDate deemedDue,
        boolean greenChannel, @Nullable String greenChannelBasis, @Nullable String responsibleOfficer,
        @Nullable String reportedTo, @Nullable String reportedToDepartment, CreditStatus creditCheck,
        @Nullable CreditRecord credit, List<CreditFeedback> creditFeedback, boolean creditFeedbackPending,
        @Nullable Delivery delivery, List<DeadlineChange> deadlineChanges) {

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
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        creditFeedback = creditFeedback == null ? List.of() : List.copyOf(creditFeedback);
        creditCheck = creditCheck == null ? CreditStatus.NOT_CHECKED : creditCheck;
        deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
    }

    /** The same snapshot under another optimistic-locking version; only the store calls this. */
    public CaseSnapshot withVersion(long newVersion) {
        return new CaseSnapshot(id, newVersion, itemCode, itemVersion, itemName, itemClass, chain, statutoryDays,
                promisedDays, required, division, department, departmentName, applicantSubject, agentSubject,
                mandateId, filerSubject, idempotencyKey, fingerprint, state, resumeState, number, noticeNumber,
                materials, transitions, notices, tolerated, opinions, decision, pauses, acceptedOn, promisedDue,
                statutoryDue, createdAt, submittedAt, outbox, outboxPending, tasks, deemedConsent, deemedConsentBasis,
                deemedDue, greenChannel, greenChannelBasis, responsibleOfficer, reportedTo, reportedToDepartment,
                creditCheck, credit, creditFeedback, creditFeedbackPending, delivery, deadlineChanges);
    }
}
