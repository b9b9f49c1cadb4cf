package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.cases.domain.CaseItem;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.CreditAssessment;
import cn.gov.platform.intake.cases.domain.CreditFeedback;
import cn.gov.platform.intake.cases.domain.CreditRecord;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.Deadlines;
import cn.gov.platform.intake.cases.domain.Decision;
import cn.gov.platform.intake.cases.domain.DecisionChain;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.CounterAttestation;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.Handling;
import cn.gov.platform.intake.cases.domain.Handover;
import cn.gov.platform.intake.cases.domain.JointReview;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.Lifecycle;
import cn.gov.platform.intake.cases.domain.DepartmentRecord;
import cn.gov.platform.intake.cases.domain.MaterialCheck;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.MaterialRefusal;
import cn.gov.platform.intake.cases.domain.Materials;
import cn.gov.platform.intake.cases.domain.Notice;
import cn.gov.platform.intake.cases.domain.Opinion;
import cn.gov.platform.intake.cases.domain.OutboxEvent;
import cn.gov.platform.intake.cases.domain.ToleratedMaterial;
import cn.gov.platform.intake.cases.domain.Transition;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.calendar.Pause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as collection {@code cases} stores it: one flat document, the shape every version of the
 * service has written (fields were only ever added), so documents written before the case was split
 * into parts read as they are. The relays ({@code outbox}, {@code creditFeedback}) and the queries
 * (queue, deemed-consent sweep, recomputation candidates, number series) work on these field names.
 * Fields a document stored before they existed lack read as an empty list, null, false or NOT_CHECKED
 * (the flags are boxed for that: a missing primitive cannot be constructed).
 *
 * <p>Three fields are derived on writing, for the indexes that find work: {@code outboxPending} (events
 * wait for the relay), {@code creditFeedbackPending} (feedback waits for the credit service) and
 * {@code deemedDue} (the earliest date silence would approve a task); {@code filerSubject} is the agent
 * or else the applicant, for the idempotency key's unique index.
 */
record CaseDocument(String id, long version, String itemCode, int itemVersion, String itemName,
        ItemClass itemClass, @Nullable List<StaffRole> chain, int statutoryDays, int promisedDays,
        @Nullable List<RequiredMaterial> required, String division, String department, String departmentName,
        String applicantSubject, @Nullable String agentSubject, @Nullable String mandateId, String filerSubject,
        String idempotencyKey, String fingerprint, CaseState state, @Nullable CaseState resumeState,
        @Nullable String number, @Nullable String noticeNumber, @Nullable List<StoredMaterial> materials,
        @Nullable List<Transition> transitions, @Nullable List<Notice> notices,
        @Nullable List<ToleratedMaterial> tolerated, @Nullable List<Opinion> opinions, @Nullable Decision decision,
        @Nullable List<Pause> pauses, @Nullable LocalDate acceptedOn, @Nullable LocalDate promisedDue,
        @Nullable LocalDate statutoryDue, Instant createdAt, @Nullable Instant submittedAt,
        @Nullable List<OutboxEvent> outbox, @Nullable Boolean outboxPending, @Nullable List<JointTask> tasks,
        @Nullable Boolean deemedConsent, @Nullable String deemedConsentBasis, @Nullable LocalDate deemedDue,
        @Nullable Boolean greenChannel, @Nullable String greenChannelBasis, @Nullable String responsibleOfficer,
        @Nullable String reportedTo, @Nullable String reportedToDepartment, @Nullable String reportedToDepartmentName,
        @Nullable String reportedToDepartmentNameEn, @Nullable CreditStatus creditCheck,
        @Nullable CreditRecord credit, @Nullable List<CreditFeedback> creditFeedback,
        @Nullable Boolean creditFeedbackPending,
        @Nullable Delivery delivery, @Nullable List<DeadlineChange> deadlineChanges,
        @Nullable CounterAttestation counter, @Nullable List<Handover> handovers, @Nullable Integer acceptanceDays,
        Filing.@Nullable EnterpriseFiling enterprise, @Nullable String principalName) {

    static CaseDocument of(CaseSnapshot s) {
        Lifecycle life = s.lifecycle();
        Handling h = s.handling();
        Materials m = s.materials();
        Deadlines d = s.deadlines();
        CreditAssessment c = s.credit();
        return new CaseDocument(s.id(), s.version(), s.item().code(), s.item().version(), s.item().name(),
                s.item().itemClass(), s.chain().steps(), d.statutoryDays(), d.promisedDays(), m.required(),
                h.division(), h.department(), h.departmentName(), s.filing().applicantSubject(),
                s.filing().agentSubject(), s.filing().mandateId(), s.filing().filerSubject(),
                s.filing().idempotencyKey(), s.filing().fingerprint(), life.state(), life.resumeState(), life.number(),
                life.noticeNumber(), m.supplied().stream().map(StoredMaterial::of).toList(), life.history(), m.notices(), m.tolerated(), s.chain().opinions(),
                s.chain().decision(), d.pauses(), d.acceptedOn(), d.promisedDue(), d.statutoryDue(), life.createdAt(),
                life.submittedAt(), s.outbox(), s.hasPendingEvents(), s.joint().tasks(), s.joint().deemedConsent(),
                s.joint().deemedConsentBasis(), s.deemedDue(), h.greenChannel(), h.greenChannelBasis(),
                h.responsibleOfficer(), h.reportedTo(), h.reportedToDepartment(), h.reportedToDepartmentName(),
                h.reportedToDepartmentNameEn(), c.status(), c.record(), c.feedback(),
                c.feedbackPending(), h.delivery(), d.changes(), s.filing().counter(),
                // Left out until there is one, like every field added later: older documents stay as they were.
                h.handovers().isEmpty() ? null : h.handovers(),
                // Absent means the default limit (2 working days), which most items keep.
                s.item().acceptanceDays() == TimeLimits.DEFAULT_ACCEPTANCE.value() ? null : s.item().acceptanceDays(),
                s.filing().enterprise(), s.filing().principalName());
    }

    CaseSnapshot toSnapshot() {
        return new CaseSnapshot(id, version, new CaseItem(itemCode, itemVersion, itemName, itemClass,
                // A case drafted before acceptance limits existed has the default one.
                acceptanceDays == null ? TimeLimits.DEFAULT_ACCEPTANCE.value() : acceptanceDays),
                new Filing(applicantSubject, agentSubject, mandateId, idempotencyKey, fingerprint, counter, enterprise,
                        principalName),
                new Lifecycle(state, resumeState, number, noticeNumber, createdAt, submittedAt, orNone(transitions)),
                // A case reported before the higher department's names were kept has none: known by its code.
                new Handling(division, department, departmentName, reportedTo, reportedToDepartment,
                        reportedToDepartmentName, reportedToDepartmentNameEn, Boolean.TRUE.equals(greenChannel), greenChannelBasis, responsibleOfficer, delivery,
                        orNone(handovers)),
                new Materials(orNone(required), orNone(materials).stream().map(StoredMaterial::toEntry).toList(),
                        orNone(tolerated), orNone(notices)),
                new Deadlines(statutoryDays, promisedDays, acceptedOn, promisedDue, statutoryDue, orNone(pauses),
                        orNone(deadlineChanges)),
                new JointReview(orNone(tasks), Boolean.TRUE.equals(deemedConsent), deemedConsentBasis),
                new CreditAssessment(creditCheck == null ? CreditStatus.NOT_CHECKED : creditCheck, credit,
                        orNone(creditFeedback)),
                new DecisionChain(orNone(chain), orNone(opinions), decision), orNone(outbox));
    }

    /** The same document with no events at all (generated cases must not flood the stream). */
    CaseDocument withoutEvents() {
        return new CaseDocument(id, version, itemCode, itemVersion, itemName, itemClass, chain, statutoryDays,
                promisedDays, required, division, department, departmentName, applicantSubject, agentSubject,
                mandateId, filerSubject, idempotencyKey, fingerprint, state, resumeState, number, noticeNumber,
                materials, transitions, notices, tolerated, opinions, decision, pauses, acceptedOn, promisedDue,
                statutoryDue, createdAt, submittedAt, List.of(), false, tasks, deemedConsent, deemedConsentBasis,
                deemedDue, greenChannel, greenChannelBasis, responsibleOfficer, reportedTo, reportedToDepartment,
                reportedToDepartmentName, reportedToDepartmentNameEn, creditCheck, credit, creditFeedback, creditFeedbackPending, delivery, deadlineChanges, counter,
                handovers, acceptanceDays, enterprise, principalName);
    }

    /**
     * A material as stored. {@code check} is written only where {@code resolved} does not already say it
     * (a staff check, a refusal), so that documents of earlier releases read and write back unchanged, and
     * {@code record}/{@code refusal} only when there is one (CAT-3).
     */
    record StoredMaterial(String code, String name, MaterialEntry.Source source, @Nullable String fileId,
            @Nullable String fileName, @Nullable String contentType, long size, @Nullable String sha256,
            @Nullable String certificateNumber, boolean resolved, Instant suppliedAt, @Nullable MaterialCheck check,
            @Nullable DepartmentRecord record, @Nullable MaterialRefusal refusal) {

        static StoredMaterial of(MaterialEntry m) {
            boolean implied = m.check() == MaterialCheck.CHECKED || m.check() == MaterialCheck.PENDING;
            return new StoredMaterial(m.code(), m.name(), m.source(), m.fileId(), m.fileName(), m.contentType(),
                    m.size(), m.sha256(), m.certificateNumber(), m.resolved(), m.suppliedAt(), implied ? null : m.check(),
                    m.record(), m.refusal());
        }

        MaterialEntry toEntry() {
            return new MaterialEntry(code, name, source, fileId, fileName, contentType, size, sha256, certificateNumber,
                    resolved, suppliedAt, check, record, refusal);
        }
    }

    /** The outbox as the relay reads it. */
    List<OutboxEvent> events() {
        return orNone(outbox);
    }

    /** The feedback records as the credit feedback relay reads them. */
    List<CreditFeedback> feedback() {
        return orNone(creditFeedback);
    }

    private static <T> List<T> orNone(@Nullable List<T> stored) {
        return stored == null ? List.of() : stored;
    }
}
