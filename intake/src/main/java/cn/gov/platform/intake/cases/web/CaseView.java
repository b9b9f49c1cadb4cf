package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CreditAssessment;
import cn.gov.platform.intake.cases.domain.CreditRecord;
import cn.gov.platform.intake.cases.domain.Deadlines;
import cn.gov.platform.intake.cases.domain.Handling;
import cn.gov.platform.intake.cases.domain.Handover;
import cn.gov.platform.intake.cases.domain.Lifecycle;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.Decision;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.MaterialRefusal;
import cn.gov.platform.intake.cases.domain.Materials;
import cn.gov.platform.intake.cases.domain.Notice;
import cn.gov.platform.intake.cases.domain.Opinion;
import cn.gov.platform.intake.cases.domain.Transition;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as its applicant and its staff see it. Subjects (internal user ids) are left out; people
 * appear by the names they act under, which is what INT-9 asks the record to show. A case reported upward
 * names the higher department ({@code reportedToDepartmentName}, {@code reportedToDepartmentNameEn}) beside its
 * code; a case reported before those names were kept has none (the portal then names the code from the catalogue).
 */
record CaseView(String id, @Nullable String number, @Nullable String noticeNumber, String itemCode, int itemVersion,
        String itemName, String itemClass, @Schema(implementation = CaseState.class) String state, String division,
        String department, String departmentName,
        boolean filedByAgent, List<MaterialView> materials, List<MissingView> missingMaterials, List<Notice> notices,
        List<ToleratedView> tolerated, List<StepView> history, List<OpinionView> opinions,
        @Nullable DecisionView decision, @Nullable DeadlineView deadline, @Nullable String awaitedRole,
        Instant createdAt, @Nullable Instant submittedAt, List<TaskView> tasks, boolean greenChannel,
        @Nullable String greenChannelBasis, @Nullable String responsibleOfficer, @Nullable String reportedTo,
        @Nullable String reportedToDepartment, @Nullable String reportedToDepartmentName,
        @Nullable String reportedToDepartmentNameEn, CreditView credit, @Nullable Delivery delivery,
        List<DeadlineChangeView> deadlineChanges, @Nullable CounterView counter, List<HandoverView> handovers,
        @Nullable EnterpriseView enterprise) {

    /** The enterprise a case belongs to (issue 18): its code and name; the applicant is the enterprise. */
    record EnterpriseView(String creditCode, String name) {
        static @Nullable EnterpriseView of(cn.gov.platform.intake.cases.domain.@Nullable ActingEnterprise e) {
            return e == null ? null : new EnterpriseView(e.creditCode(), e.name());
        }
    }

    /**
     * A first-contact handover (INT-7) as the applicant and staff see it: from which department to which
     * place, with its address and contact (how the applicant reaches it), the note, who and when; the codes
     * beside the names so that a reader in English sees the catalogue's names.
     */
    record HandoverView(String fromDepartment, String fromDepartmentName, String toDivision, String toDivisionName,
            String toDepartment, String toDepartmentName, String address, String contact, String note, String actor,
            Instant at) {

        static HandoverView of(Handover h) {
            return new HandoverView(h.fromDepartment(), h.fromDepartmentName(), h.toDivision(), h.toDivisionName(),
                    h.toDepartment(), h.toDepartmentName(), h.address(), h.contact(), h.note(), h.byName(), h.at());
        }
    }

    /**
     * Filed at the window for the person present (issue 17): the clerk's attestation, without the subject;
     * {@code registered}: whether the person had an account then (else the case is their person record's).
     */
    record CounterView(String clerkName, String documentType, boolean checkedInPerson, boolean registered,
            Instant at) {

        static @Nullable CounterView of(cn.gov.platform.intake.cases.domain.@Nullable CounterAttestation a) {
            return a == null ? null : new CounterView(a.clerkName(), a.documentType(), true, a.registered(), a.at());
        }
    }

    /** The credit check the case used (CRE-2): status, and the check, measures and entries cited. */
    record CreditView(String status, @Nullable String checkId, @Nullable String stage, @Nullable String standing,
            List<CreditRecord.Measure> measures, List<CreditRecord.Entry> entries) {

        static CreditView of(CreditAssessment credit) {
            CreditRecord r = credit.record();
            return r == null ? new CreditView(credit.status().name(), null, null, null, List.of(), List.of())
                    : new CreditView(credit.status().name(), r.checkId(), r.stage(), r.standing(), r.measures(),
                            r.entries());
        }
    }

    /**
     * A material as the case holds it: its {@code source} (UPLOAD, CERTIFICATE_REFERENCE, DEPARTMENT_RECORD),
     * its {@code check} ({@code checked}, {@code pending}, {@code staffCheck}, {@code refused}; CAT-3), why it
     * was refused, and the department's record where one stands in for it. {@code resolved}: checked.
     */
    record MaterialView(String code, String name, String source, @Nullable String fileName,
            @Nullable String contentType, long size, @Nullable String sha256, @Nullable String certificateNumber,
            boolean resolved, Instant suppliedAt, String check, @Nullable ReasonView refusal,
            @Nullable RecordView record) {

        static MaterialView of(MaterialEntry m) {
            return new MaterialView(m.code(), m.name(), m.source().name(), m.fileName(), m.contentType(), m.size(),
                    m.sha256(), m.certificateNumber(), m.resolved(), m.suppliedAt(),
                    m.check() == null ? "checked" : m.check().viewName(), ReasonView.of(m.refusal()),
                    m.record() == null ? null : new RecordView(m.record().recordCode(), m.record().department(),
                            m.record().departmentName(), m.record().departmentNameEn(), m.record().reference(),
                            m.record().summary(), m.record().fetchedAt()));
        }
    }

    /**
     * Another department's record standing in for a material; reference and summary once fetched. No
     * {@code departmentName} where neither the exchange nor the catalogue names the department: the portal names it.
     */
    record RecordView(String recordCode, String department, @Nullable String departmentName,
            @Nullable String departmentNameEn, @Nullable String reference, @Nullable String summary, @Nullable Instant fetchedAt) {
    }

    /** Why a reference or record was refused, in both languages. */
    record ReasonView(String code, String zh, String en) {

        static @Nullable ReasonView of(@Nullable MaterialRefusal r) {
            return r == null ? null : new ReasonView(r.name(), r.zh(), r.en());
        }
    }

    /** A material still to be handed in; {@code reason} when a registry or department answered against it. */
    record MissingView(String code, String name, boolean essential, @Nullable String certificateType,
            @Nullable ReasonView reason) {

        static MissingView of(RequiredMaterial m, Materials materials) {
            return new MissingView(m.code(), m.name(), m.essential(), m.certificateType(),
                    ReasonView.of(materials.entryOf(m.code()).map(MaterialEntry::refusal).orElse(null)));
        }
    }

    /**
     * A step of the history: who acted and, when they acted for an enterprise, for which (issue 18).
     * {@code note} is what it always was (a person's words as written, else the Chinese); {@code noteText}
     * is the note for the reader's language, for every step that has one: the platform's words in each
     * language, a person's the same in both.
     */
    record StepView(@Nullable String from, String to, String actor, String role, Instant at, @Nullable String note,
            @Nullable NoteText noteText, @Nullable EnterpriseView forEnterprise) {

        static StepView of(Transition t) {
            Message text = t.text();
            return new StepView(t.from() == null ? null : t.from().name(), t.to().name(), t.actorName(), t.role().name(),
                    t.at(), t.note(), text == null ? null : new NoteText(text.zh(), text.en()),
                    EnterpriseView.of(t.enterprise()));
        }
    }

    /** A history note in Chinese and in English. */
    record NoteText(String zh, String en) {
    }

    record OpinionView(String role, String roleName, String actor, String verdict, String reasons,
            @Nullable String legalBasis, Instant at) {

        static OpinionView of(Opinion o) {
            return new OpinionView(o.role().name(), o.role().chinese(), o.actorName(), o.verdict().name(), o.reasons(),
                    o.legalBasis(), o.at());
        }
    }

    /**
     * The deadline on the working-day calendar: due dates, or paused while the applicant supplements.
     * {@code promisedProvisional}, {@code statutoryProvisional}: the open date rests on a year not yet
     * published (derived from the statutory rules, "预计"), so it may still move when that year is
     * published (later only: the promise stands); {@code provisional} is either.
     */
    record DeadlineView(LocalDate acceptedOn, int promisedDays, int statutoryDays, @Nullable LocalDate promisedDue,
            @Nullable LocalDate statutoryDue, boolean paused, int usedWorkingDays, boolean provisional,
            boolean promisedProvisional, boolean statutoryProvisional) {
    }

    /** A joint department's task; {@code provisional} while it is open and its due date rests on a provisional year. */
    /** A joint task; {@code reasonsText}: its reasons in each language (a deemed consent's are the platform's words). */
    record TaskView(String id, String department, String departmentName, String division, LocalDate dueOn,
            String state, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String reasons,
            @Nullable Message reasonsText, @Nullable String legalBasis, boolean provisional) {

        static TaskView of(JointTask t, @Nullable LocalDate acceptedOn, boolean open, WorkingDayCalendar calendar) {
            return new TaskView(t.id(), t.department(), t.departmentName(), t.division(), t.dueOn(), t.state().name(),
                    t.decidedAt(), t.decidedBy(), t.reasons(), t.reasonsText(), t.legalBasis(),
                    open && t.isOpen() && restsOnProvisional(calendar, acceptedOn, t.dueOn()));
        }
    }

    /**
     * The decision as the domain records it (INT-9's names), and {@code reasonsText}: its reasons in each
     * language (a joint approval's are the platform's words).
     */
    record DecisionView(@Schema(implementation = Verdict.class) String verdict, String reasons, Message reasonsText,
            @Nullable String legalBasis, Instant decidedAt, @Nullable LocalDate promisedDue, boolean onTime,
            String handler, @Nullable String reviewer, @Nullable String approver) {

        static @Nullable DecisionView of(@Nullable Decision d) {
            return d == null ? null : new DecisionView(d.verdict().name(), d.reasons(), d.reasonsText(), d.legalBasis(),
                    d.decidedAt(), d.promisedDue(), d.onTime(), d.handler(), d.reviewer(), d.approver());
        }
    }

    /** A tolerated material (容缺) and the date it is to be supplied by; {@code provisional} as for the deadline. */
    record ToleratedView(String materialCode, LocalDate dueBy, boolean supplied, boolean provisional) {
    }

    /** A date moved because a calendar year was published: what, from, to, on which calendar version, when. */
    record DeadlineChangeView(String kind, String what, @Nullable String ref, LocalDate from, LocalDate to,
            int calendarYear, int calendarVersion, Instant at, boolean applicantFacing) {

        static DeadlineChangeView of(DeadlineChange d) {
            return new DeadlineChangeView(d.kind().name(), d.what(), d.ref(), d.from(), d.to(), d.calendarYear(),
                    d.calendarVersion(), d.at(), d.applicantFacing());
        }
    }

    /** Whether a date counted from {@code start} rests on a year derived from the statutory rules. */
    static boolean restsOnProvisional(WorkingDayCalendar calendar, @Nullable LocalDate start, @Nullable LocalDate date) {
        return date != null && calendar.isProvisional(start == null ? date : start, date);
    }

    static CaseView of(CaseSnapshot s, DeadlineClock clock, WorkingDayCalendar calendar, LocalDate today) {
        boolean open = s.hasOpenDeadlines();
        Deadlines d = s.deadlines();
        DeadlineView deadline = null;
        if (d.acceptedOn() != null) {
            DeadlineClock.Deadline promisedNow = d.promised(clock, today);
            boolean paused = promisedNow != null && promisedNow.paused();
            int used = promisedNow == null ? 0 : promisedNow.usedWorkingDays();
            boolean promised = open && restsOnProvisional(calendar, d.acceptedOn(), d.promisedDue());
            boolean statutory = open && restsOnProvisional(calendar, d.acceptedOn(), d.statutoryDue());
            deadline = new DeadlineView(d.acceptedOn(), d.promisedDays(), d.statutoryDays(), d.promisedDue(),
                    d.statutoryDue(), paused, used, promised || statutory, promised, statutory);
        }
        java.util.Set<String> supplied = s.materials().suppliedCodes();
        List<ToleratedView> tolerated = s.materials().tolerated().stream().map(t -> new ToleratedView(t.materialCode(),
                t.dueBy(), supplied.contains(t.materialCode()), open && !supplied.contains(t.materialCode())
                        && restsOnProvisional(calendar, d.acceptedOn(), t.dueBy()))).toList();
        Lifecycle life = s.lifecycle();
        Handling h = s.handling();
        StaffRole awaited = life.state().isDecided() || life.state().isFinal() ? null : s.chain().awaited(life.state());
        return new CaseView(s.id(), life.number(), life.noticeNumber(), s.item().code(), s.item().version(),
                s.item().name(), s.item().itemClass().name(), life.state().name(), h.division(), h.department(),
                h.departmentName(), s.filing().agentSubject() != null,
                s.materials().supplied().stream().map(MaterialView::of).toList(),
                s.materials().missing().stream().map(m -> MissingView.of(m, s.materials())).toList(), s.materials().notices(), tolerated,
                life.history().stream().map(StepView::of).toList(),
                s.chain().opinions().stream().map(OpinionView::of).toList(), DecisionView.of(s.chain().decision()), deadline,
                awaited == null ? null : awaited.name(), life.createdAt(), life.submittedAt(),
                s.joint().tasks().stream().map(t -> TaskView.of(t, d.acceptedOn(), open, calendar)).toList(),
                h.greenChannel(), h.greenChannelBasis(), h.responsibleOfficer(), h.reportedTo(),
                h.reportedToDepartment(), h.reportedToDepartmentName(), h.reportedToDepartmentNameEn(),
                CreditView.of(s.credit()), h.delivery(),
                d.changes().stream().map(DeadlineChangeView::of).toList(), CounterView.of(s.filing().counter()),
                h.handovers().stream().map(HandoverView::of).toList(),
                s.filing().enterprise() == null ? null : EnterpriseView.of(s.filing().enterprise().acting()));
    }

    /** A line of a case list; {@code provisional}: the open promised date rests on a provisional year. */
    record Summary(String id, @Nullable String number, @Nullable String noticeNumber, String itemCode, String itemName,
            @Schema(implementation = CaseState.class) String state, String division, String department, Instant createdAt,
            @Nullable Instant submittedAt,
            @Nullable LocalDate promisedDue, boolean provisional, boolean greenChannel,
            @Nullable String responsibleOfficer, @Nullable String reportedTo, List<TaskLine> tasks,
            @Nullable LocalDate acceptanceDue, @Nullable String enterpriseName, @Nullable String principalName) {

        /** One joint department's task as the queue shows it. */
        record TaskLine(String department, String departmentName, LocalDate dueOn, String state, boolean provisional) {
        }

        static Summary of(CaseSnapshot s, WorkingDayCalendar calendar) {
            boolean open = s.hasOpenDeadlines();
            Lifecycle life = s.lifecycle();
            Handling h = s.handling();
            LocalDate acceptedOn = s.deadlines().acceptedOn();
            LocalDate promisedDue = s.deadlines().promisedDue();
            return new Summary(s.id(), life.number(), life.noticeNumber(), s.item().code(), s.item().name(),
                    life.state().name(), h.division(), h.department(), life.createdAt(), life.submittedAt(), promisedDue,
                    open && restsOnProvisional(calendar, acceptedOn, promisedDue), h.greenChannel(),
                    h.responsibleOfficer(), h.reportedTo(), s.joint().tasks().stream().map(t -> new TaskLine(
                            t.department(), t.departmentName(), t.dueOn(), t.state().name(),
                            open && t.isOpen() && restsOnProvisional(calendar, acceptedOn, t.dueOn()))).toList(),
                    acceptanceDue(s, calendar),
                    s.filing().enterprise() == null ? null : s.filing().enterprise().name(), s.filing().principalName());
        }

        /** By when the window must accept or refuse a case waiting for it (issue 17); none otherwise. */
        static @Nullable LocalDate acceptanceDue(CaseSnapshot s, WorkingDayCalendar calendar) {
            CaseRecord record = CaseRecord.of(s);
            LocalDate since = record.awaitingAcceptanceSince();
            return since == null ? null : calendar.plusWorkingDays(since, record.acceptanceDays());
        }
    }
}
