package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The case aggregate (办件), the only way to change a case. Its parts each hold their own data and rules
 * ({@link Lifecycle}, {@link Handling}, {@link Materials}, {@link Deadlines}, {@link JointReview},
 * {@link CreditAssessment}, {@link DecisionChain}); each method lets those concerned check and change
 * themselves, records who acted in which capacity (INT-9) and writes an event for each change into the
 * outbox. A refused step leaves the case to be discarded.
 */
public final class Case {

    /** Dates of acts are dates in China: a case accepted at 23:30 UTC was accepted the next morning in Tongxin. */
    public static final ZoneId ZONE = ChinaTime.ZONE;

    private final String id;
    private final long version;
    private final CaseItem item;
    private final Filing filing;
    private Lifecycle lifecycle;
    private Handling handling;
    private Materials materials;
    private Deadlines deadlines;
    private JointReview joint;
    private CreditAssessment credit;
    private DecisionChain chain;
    private final List<OutboxEvent> outbox;

    private Case(CaseSnapshot s) {
        id = s.id();
        version = s.version();
        item = s.item();
        filing = s.filing();
        lifecycle = s.lifecycle();
        handling = s.handling();
        materials = s.materials();
        deadlines = s.deadlines();
        joint = s.joint();
        credit = s.credit();
        chain = s.chain();
        outbox = new ArrayList<>(s.outbox());
    }

    public static Case restore(CaseSnapshot snapshot) {
        return new Case(snapshot);
    }

    /** A new case in DRAFT under the item version and implementation it is filed for. */
    public static Case draft(CaseId id, ServiceItem item, Implementation where, Filing filing, Actor by, Instant at) {
        return new Case(new CaseSnapshot(id.value(), 0, CaseItem.of(item), filing, Lifecycle.drafted(by, at),
                Handling.at(where), Materials.requiredBy(item.materials()), Deadlines.of(item.limits()),
                JointReview.of(item), CreditAssessment.NOT_CHECKED, DecisionChain.of(item.decisionChain()), List.of()));
    }

    public void attachUpload(String materialCode, StoredFile file, Instant at) {
        materials = materials.withUpload(materialCode, file, state(), at);
    }

    /** Refuses a reference the case cannot take now, before the registry is asked (see {@link Materials}). */
    public void ensureCanReference(String materialCode, String certificateNumber) {
        materials.openForReference(materialCode, certificateNumber, state());
    }

    /** An e-certificate named for a material (CAT-3) with the registry's answer; refused when it refutes it. */
    public void attachCertificate(String materialCode, String certificateNumber, ReferenceResolution resolution,
            Instant at) {
        materials = materials.withCertificate(materialCode, certificateNumber, resolution, state(), at);
    }

    /** The materials whose department record is to be asked for now (CAT-3). */
    public List<RequiredMaterial> recordsToFetch() {
        return materials.recordsToFetch();
    }

    /** The data exchange's answer for a material another department's record stands in for. */
    public void recordFetched(String materialCode, RecordFetch fetch, Instant at) {
        MaterialEntry before = materials.entryOf(materialCode).orElse(null);
        materials = materials.withRecord(materialCode, fetch, at);
        MaterialEntry after = materials.entryOf(materialCode).orElseThrow();
        if (before != null && before.isPending() && !after.isPending()) {
            lifecycle = lifecycle.noted(Actor.SYSTEM, at, HistoryNotes.materialCheck(after));
        }
    }

    /** References the registry has not answered for yet. */
    public List<MaterialEntry> pendingReferences() {
        return materials.pendingReferences();
    }

    /** The registry's later answer for a pending reference, noted in the history when it settles it. */
    public void referenceRechecked(String materialCode, ReferenceResolution resolution, Instant at) {
        materials = materials.withRecheckedReference(materialCode, resolution);
        MaterialEntry after = materials.entryOf(materialCode).orElseThrow();
        if (!after.isPending()) {
            lifecycle = lifecycle.noted(Actor.SYSTEM, at, HistoryNotes.materialCheck(after));
        }
    }

    /** Whether the registry or a department still has to answer for a material. */
    public boolean hasPendingChecks() {
        return materials.supplied().stream().anyMatch(MaterialEntry::isPending) || !materials.recordsToFetch().isEmpty();
    }

    public void ensureCanSupply(String materialCode) {
        materials.openForSupply(materialCode, state());
    }

    public void submit(Actor by, Instant at) {
        lifecycle = lifecycle.moved(CaseState.SUBMITTED, by, at, null).submittedAt(at);
        record(EventPayloads.submitted(materials), at);
        if (filing.agentSubject() != null) {
            record(EventPayloads.agentFiled(filing), at);
        }
    }

    /** Hands in what the one-time notice asked for; back to the window, or to the review with the clock running again. */
    public void resubmit(Actor by, DeadlineClock clock, Instant at) {
        lifecycle.requireSupplementRequested();
        materials.requireSupplementComplete();
        lifecycle = lifecycle.resubmitted(by, at);
        if (state() == CaseState.UNDER_REVIEW) {
            // The due dates move by the working days the clock stood still, the joint departments' too.
            LocalDate today = ChinaTime.dateOf(at);
            Deadlines paused = deadlines;
            deadlines = deadlines.resumed(today).recounted(clock, today);
            joint = joint.resumed(paused, deadlines, clock, today);
        }
        record(EventPayloads.resubmitted(deadlines), at);
    }

    public void withdraw(Actor by, String reason, Instant at) {
        lifecycle = lifecycle.withdrawn(by, at, reason);
        deadlines = deadlines.resumed(ChinaTime.dateOf(at));
        record(new IntakePayload.CaseWithdrawn(reason), at);
    }

    /** The one-time notice (INT-2, see {@link Materials}); during the review it stops the clock. */
    public Notice requestSupplement(Actor by, List<Defect> defective, String note, Instant at) {
        boolean duringReview = state() == CaseState.UNDER_REVIEW;
        Notice notice = materials.supplementNotice(defective, note, by, at, duringReview);
        lifecycle = lifecycle.supplementRequested(by, at, note);
        materials = materials.supplementRequested(notice);
        if (duringReview) {
            deadlines = deadlines.paused(ChinaTime.dateOf(at));
        }
        record(EventPayloads.supplementRequested(notice), at);
        return notice;
    }

    /** Refusal to accept, in writing with reasons and its own serial number (INT-2, INT-3). */
    public Notice refuse(Actor by, Supplier<NoticeNumber> numbers, String reason, @Nullable String legalBasis,
            List<Defect> defective, Instant at) {
        return refuse(by, numbers, reason, legalBasis, defective, null, at);
    }

    /** The same with the credit check made for it: a REFUSE measure is cited (its basis if none is given) and fed back. */
    public Notice refuse(Actor by, Supplier<NoticeNumber> numbers, String reason, @Nullable String legalBasis,
            List<Defect> defective, @Nullable CreditRecord found, Instant at) {
        lifecycle.requireRefusable(reason);
        List<Defect> defects = materials.defectsWith(defective);
        NoticeNumber number = numbers.get();
        lifecycle = lifecycle.moved(CaseState.NOT_ACCEPTED, by, at, reason).refusedWith(number);
        Notice notice = new Notice(Notice.Kind.NOT_ACCEPTED, number.value(), defects, reason,
                CreditAssessment.basisOfRefusal(found, legalBasis), by.name(), at, false);
        materials = materials.refusedWith(notice);
        record(EventPayloads.notAccepted(notice), at);
        credit = credit.refusedAtWindow(found, at);
        return notice;
    }

    /** Acceptance with a number (INT-3), tolerating non-essential materials (INT-4); the rules run before a number is drawn. */
    public void accept(Actor by, Supplier<CaseNumber> numbers, List<ToleratedMaterial> tolerating,
            AcceptancePolicy policy, DeadlineClock clock, Instant at) {
        accept(by, numbers, tolerating, policy, clock, at, AcceptanceTerms.none());
    }

    /** The same with the credit check's answer (CRE-2), the joint departments (INT-5) and an item's higher department. */
    public void accept(Actor by, Supplier<CaseNumber> numbers, List<ToleratedMaterial> tolerating,
            AcceptancePolicy policy, DeadlineClock clock, Instant at, AcceptanceTerms terms) {
        CaseState target = tolerating.isEmpty() ? CaseState.ACCEPTED : CaseState.ACCEPTED_WITH_TOLERANCE;
        lifecycle.requireMove(target);
        materials.requireChecked();
        LocalDate today = ChinaTime.dateOf(at);
        policy.enforce(materials.acceptanceCheck(tolerating, today, deadlines.ifAcceptedOn(today, clock), terms.credit()));
        lifecycle = lifecycle.moved(target, by, at, null).numbered(numbers.get());
        materials = materials.tolerating(tolerating);
        credit = credit.atAcceptance(terms.creditStatus(), terms.credit());
        deadlines = deadlines.started(today, clock);
        record(EventPayloads.accepted(deadlines, tolerating, terms.creditStatus()), at);
        if (terms.credit() != null) {
            applyCredit(terms.credit(), !tolerating.isEmpty(), at);
        }
        if (item.isJoint() && !terms.jointDepartments().isEmpty()) {
            // One door accepts and copies to all: every department's task opens at once.
            lifecycle = lifecycle.movedWithNote(CaseState.UNDER_REVIEW, by, at, JointReview.copiedTo(terms.jointDepartments()));
            record(new IntakePayload.CaseUnderReview("JOINT"), at);
            joint = joint.opened(terms.jointDepartments(), handling.division(), deadlines, clock, today);
            joint.tasks().forEach(t -> record(new IntakePayload.JointTaskOpened(EventPayloads.task(t)), at));
        }
        if (terms.reportToDepartment() != null) {
            reportUpward(by, terms.reportToDepartment(), HistoryNotes.reportedByRule(), at);
        }
    }

    /** The check run before the decision when the one at acceptance could not be made (PENDING); kept either way. */
    public void recordDecisionCheck(CreditRecord found, Instant at) {
        boolean pending = credit.status() == CreditStatus.PENDING;
        credit = credit.checkedBeforeDecision(found);
        if (pending && !found.has("REFUSE")) {
            applyCredit(found, false, at); // a REFUSE found now is fed back by the rejection citing it
        }
    }

    /** Incentives put the case first; ADDITIONAL_REVIEW adds a reviewer step (joint cases: the lead's reviewer). */
    private void applyCredit(CreditRecord found, boolean toleranceUsed, Instant at) {
        List<String> priority = handling.greenChannel() ? List.of() : CreditAssessment.priorityMeasures(found);
        handling = handling.prioritisedByCredit(priority);
        boolean reviewAdded = found.has("ADDITIONAL_REVIEW") && (item.isJoint() || chain.canAddReviewer());
        chain = reviewAdded && !item.isJoint() ? chain.withAdditionalReviewer() : chain;
        credit = credit.applied(found, toleranceUsed, priority, reviewAdded, at);
    }

    public Optional<JointTask> taskOf(String department) {
        return joint.taskOf(department);
    }

    /** One department's decision on its own task; the last one decides the case, when it can be decided. */
    public void decideTask(Actor by, String department, Verdict verdict, String reasons, @Nullable String legalBasis,
            List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        materials.requireChecked();
        closeTask(joint.decide(department, state(), verdict, reasons, legalBasis, by, at), by, false, at);
        concludeIfDone(by, approvalRules, clock, at);
    }

    /** Silence means consent (超时默认); the last task closed decides the case, or refuses as a department's would. */
    public List<JointTask> deemDueTasks(LocalDate today, List<ApprovalRule> approvalRules, DeadlineClock clock,
            Instant at) {
        List<JointTask> deemed = joint.deemedOn(today, state(), at);
        if (!deemed.isEmpty()) {
            materials.requireChecked();
        }
        deemed.forEach(t -> closeTask(t, Actor.SYSTEM, true, at));
        if (!deemed.isEmpty()) {
            concludeIfDone(Actor.SYSTEM, approvalRules, clock, at);
        }
        return deemed;
    }

    private void closeTask(JointTask done, Actor by, boolean deemed, Instant at) {
        joint = joint.with(done);
        lifecycle = lifecycle.noted(by, at, HistoryNotes.taskClosed(done));
        record(EventPayloads.taskDecided(done, deemed), at);
    }

    private void concludeIfDone(Actor by, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        if (joint.allDecided()) {
            JointReview.Outcome o = joint.outcome();
            conclude(by, o.verdict(), o.reasons(), o.note(), o.legalBasis(), approvalRules, clock, at,
                    new DecisionChain.Signatures(lifecycle.acceptorName(), null, o.deciders()));
        }
    }

    /**
     * Staff send the case to the department coded {@code department} at the next higher division (上报件), a
     * department {@code directory} names (else 400 {@code UNKNOWN_DEPARTMENT}, nothing changed).
     */
    public void reportUpward(Actor by, String department, DepartmentDirectory directory, String reason, Instant at) {
        handling = handling.reportedUpward(state(), department, directory, reason);
        noteReported(by, Message.of(reason, reason), at);
    }

    /** The item's rule sends the case up at acceptance; the handling keeps its reason in one string, both languages. */
    private void reportUpward(Actor by, DepartmentName department, Message reason, Instant at) {
        String kept = reason.zh().equals(reason.en()) ? reason.zh() : reason.zh() + " | " + reason.en();
        handling = handling.reportedUpward(state(), department, kept);
        noteReported(by, reason, at);
    }

    private void noteReported(Actor by, Message reason, Instant at) {
        lifecycle = lifecycle.noted(by, at, HistoryNotes.reportedUpward(handling, reason));
    }

    /**
     * First-contact handover (首问负责, INT-7): the clerk who received a case meant for another
     * department hands it, before accepting it, to one of the places that implement the item version it
     * was filed under ({@code filedUnder}), with a note. The decision chain is the item's, so it stays.
     * The history and the event say where it went; the applicant is told how to reach them.
     * {@code requestKey}: the request's Idempotency-Key, kept so that a retry changes nothing.
     */
    public void handOver(Actor by, ServiceItem filedUnder, @Nullable String division, @Nullable String department,
            String note, @Nullable String requestKey, Instant at) {
        if (!filedUnder.code().value().equals(item.code()) || filedUnder.version() != item.version()) {
            throw new IllegalArgumentException("the case was filed under " + item.code() + " v" + item.version()
                    + ", not " + filedUnder.code() + " v" + filedUnder.version());
        }
        String from = handling.departmentName();
        handling = handling.handedOver(state(), filedUnder.implementations(), division, department, note, by, at,
                requestKey);
        Handover done = handling.lastHandover().orElseThrow();
        lifecycle = lifecycle.noted(by, at, HistoryNotes.handedOver(done, note));
        record(new IntakePayload.CaseHandedOver(from, done.toDivisionName(), done.toDepartmentName(), done.address(),
                done.contact()), at);
    }

    public void greenChannel(Actor by, String responsibleOfficer, String reason, Instant at) {
        handling = handling.onGreenChannel(state(), responsibleOfficer, reason);
        lifecycle = lifecycle.noted(by, at, HistoryNotes.greenChannel(responsibleOfficer, reason));
    }

    public void recordDelivery(Actor by, Delivery.Method method, @Nullable String address, @Nullable String courier,
            @Nullable String trackingNumber, Instant at) {
        handling = handling.delivered(state(), method, address, courier, trackingNumber, by, at);
    }

    public @Nullable StaffRole awaitedRole() {
        return chain.awaited(state());
    }

    /** One step of the chain: intermediate steps give an opinion and put the case under review; the last decides. */
    public void recordOpinion(Actor by, StaffRole role, Verdict verdict, String reasons, @Nullable String legalBasis,
            List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        lifecycle.requireAccepted();
        materials.requireChecked();
        Opinion opinion = chain.opinion(by, role, state(), verdict, reasons, legalBasis, joint.isJoint(), at);
        if (chain.atLastStep()) {
            decide(by, opinion, approvalRules, clock, at);
            return;
        }
        if (state() != CaseState.UNDER_REVIEW) {
            lifecycle = lifecycle.moved(CaseState.UNDER_REVIEW, by, at, reasons);
            record(new IntakePayload.CaseUnderReview(role.name()), at);
        } else {
            lifecycle = lifecycle.noted(by, at, reasons);
        }
        chain = chain.with(opinion);
    }

    /** Immediate items (即办件): accepted and decided by the handler in one step at the window. */
    public void decideAtWindow(Actor by, Supplier<CaseNumber> numbers, Verdict verdict, String reasons,
            @Nullable String legalBasis, AcceptancePolicy policy, List<ApprovalRule> approvalRules, DeadlineClock clock,
            Instant at) {
        decideAtWindow(by, numbers, verdict, reasons, legalBasis, policy, approvalRules, clock, at,
                AcceptanceTerms.none());
    }

    /** The same, with the credit check's answer at acceptance. */
    public void decideAtWindow(Actor by, Supplier<CaseNumber> numbers, Verdict verdict, String reasons,
            @Nullable String legalBasis, AcceptancePolicy policy, List<ApprovalRule> approvalRules, DeadlineClock clock,
            Instant at, AcceptanceTerms terms) {
        item.requireImmediate();
        WrittenReasons.require(reasons, "reasons");
        accept(by, numbers, List.of(), policy, clock, at, terms);
        chain.requireSingleStep();
        decide(by, new Opinion(StaffRole.HANDLER, by.subject(), by.name(), verdict, reasons, legalBasis, at),
                approvalRules, clock, at);
    }

    private void decide(Actor by, Opinion opinion, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        conclude(by, opinion.verdict(), opinion.reasons(), null, opinion.legalBasis(), approvalRules, clock, at,
                chain.signedWith(opinion));
        chain = chain.with(opinion);
    }

    /** "On time" is judged against the promised date as told (a publication moves it only through recompute). */
    private void conclude(Actor by, Verdict verdict, String reasons, @Nullable Message note,
            @Nullable String legalBasis, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at,
            DecisionChain.Signatures names) {
        CaseState target = verdict == Verdict.APPROVE ? CaseState.APPROVED : CaseState.REJECTED;
        lifecycle.requireMove(target);
        credit.requireAnswered();
        if (verdict == Verdict.APPROVE) {
            materials.requireNoReferenceRefused();
            credit.requireApprovable();
            ApprovalRule.enforce(approvalRules, snapshot(), materials.suppliedCodes());
        } else {
            DecisionChain.requireBasisOfRefusal(verdict, legalBasis);
            credit = credit.rejected(at);
        }
        deadlines = deadlines.withDueDates(clock, ChinaTime.dateOf(at));
        // A person's reasons stand as written; the joint tasks' outcome is the platform's note, in both languages.
        lifecycle = note == null ? lifecycle.moved(target, by, at, reasons) : lifecycle.movedWithNote(target, by, at, note);
        Decision decision = names.decision(verdict, reasons, legalBasis, by, at, deadlines.promisedDue());
        chain = chain.decided(decision);
        record(EventPayloads.decided(target == CaseState.APPROVED, decision, credit.record()), at);
    }

    /** The result has been delivered (INT-1: results come out through one window). */
    public void close(Actor by, Instant at) {
        lifecycle = lifecycle.moved(CaseState.CLOSED, by, at, null);
        record(new IntakePayload.CaseClosed(), at);
    }

    public boolean deadlinesTouch(int year) {
        return snapshot().deadlinesTouch(year);
    }

    /**
     * The open dates on the calendar published as {@code stamp} (issue 14), each part settling its own;
     * each move kept in the history and told: {@code DeadlinesRecomputed} (the applicant's dates) or
     * {@code StaffDeadlinesRecomputed}. {@code taskLimits}: each joint department's, of the item version.
     */
    public List<DeadlineChange> recompute(CalendarStamp stamp, WorkingDayCalendar calendar,
            Map<String, Integer> taskLimits, Instant at) {
        if (!deadlines.areOpen(state())) {
            return List.of();
        }
        DeadlineClock clock = new DeadlineClock(calendar);
        DeadlineMoves moves = new DeadlineMoves(stamp, at);
        deadlines = deadlines.recomputed(clock, ChinaTime.dateOf(at), moves);
        joint = joint.recomputed(taskLimits, deadlines, clock, ChinaTime.dateOf(at), moves);
        materials = materials.recomputed(calendar, moves);
        List<DeadlineChange> changes = moves.changes();
        if (!changes.isEmpty()) {
            deadlines = deadlines.recording(changes);
            lifecycle = lifecycle.noted(Actor.SYSTEM, at, moves.historyNote());
            record(EventPayloads.recomputed(moves.toldTheApplicant(), deadlines, stamp,
                    lifecycle.number() != null ? lifecycle.number() : id, changes), at);
        }
        return changes;
    }

    public boolean isApplicantSide(String subject) {
        return filing.isApplicantSide(subject);
    }

    public boolean isActingUnit(@Nullable String division, @Nullable String department) {
        return handling.isActingUnit(division, department);
    }

    public boolean isVisibleTo(@Nullable String division, @Nullable String department) {
        return snapshot().isVisibleTo(division, department);
    }

    public CaseId id() {
        return new CaseId(id);
    }

    public CaseState state() {
        return lifecycle.state();
    }

    public Set<String> suppliedMaterialCodes() {
        return materials.suppliedCodes();
    }

    /** The promised deadline as of {@code today}: due date, or paused with the days used so far. */
    public DeadlineClock.@Nullable Deadline promisedDeadline(DeadlineClock clock, LocalDate today) {
        return deadlines.promised(clock, today);
    }

    public List<OutboxEvent> pendingEvents() {
        return outbox.stream().filter(e -> !e.isPublished()).toList();
    }

    public CaseSnapshot snapshot() {
        return new CaseSnapshot(id, version, item, filing, lifecycle, handling, materials, deadlines, joint, credit,
                chain, outbox);
    }

    private void record(IntakePayload payload, Instant at) {
        outbox.add(new OutboxEvent(UUID.randomUUID().toString(), payload.type(), id, lifecycle.reference(), item.code(),
                filing.applicantSubject(), filing.agentSubject(), handling.division(), handling.department(), at,
                payload.values(), null));
    }
}
