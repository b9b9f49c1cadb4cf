package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.Pause;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The case aggregate (办件). It guards every transition through {@link CaseState}, records who did
 * what in which capacity (INT-9), writes an event for each change into its own outbox, and keeps
 * the deadline on the working-day calendar with the clock stopped while the applicant
 * supplements. Nothing outside changes a case except through these methods.
 */
public final class Case {

    /** Dates of acts are dates in China: a case accepted at 23:30 UTC was accepted the next morning in Tongxin. */
    /** China's zone ({@link ChinaTime#ZONE}), as the features that date acts by the case read it. */
    public static final ZoneId ZONE = ChinaTime.ZONE;

    private CaseSnapshot s;
    private final Map<String, MaterialEntry> materials = new LinkedHashMap<>();
    private final List<Transition> transitions = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<ToleratedMaterial> tolerated = new ArrayList<>();
    private final List<Opinion> opinions = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private final List<OutboxEvent> outbox = new ArrayList<>();
    private final List<JointTask> tasks = new ArrayList<>();
    private final List<CreditFeedback> creditFeedback = new ArrayList<>();
    private final List<DeadlineChange> deadlineChanges = new ArrayList<>();

    private Case(CaseSnapshot snapshot) {
        this.s = snapshot;
        snapshot.materials().forEach(m -> materials.put(m.code(), m));
        transitions.addAll(snapshot.transitions());
        notices.addAll(snapshot.notices());
        tolerated.addAll(snapshot.tolerated());
        opinions.addAll(snapshot.opinions());
        pauses.addAll(snapshot.pauses());
        outbox.addAll(snapshot.outbox());
        tasks.addAll(snapshot.tasks());
        creditFeedback.addAll(snapshot.creditFeedback());
        deadlineChanges.addAll(snapshot.deadlineChanges());
    }

    public static Case restore(CaseSnapshot snapshot) {
        return new Case(snapshot);
    }

    /** A new case in DRAFT under the item version and implementation it is filed for. */
    public static Case draft(CaseId id, ServiceItem item, Implementation where, Filing filing, Actor by, Instant at) {
        CaseSnapshot snapshot = new CaseSnapshot(id.value(), 0, item.code().value(), item.version(), item.name(),
                item.itemClass(), item.decisionChain(), item.limits().statutory().value(),
                item.limits().promised().value(), item.materials(), where.division().value(), where.department(),
                where.departmentName(), filing.applicantSubject(), filing.agentSubject(), filing.mandateId(),
                filing.filerSubject(), filing.idempotencyKey(), filing.fingerprint(), CaseState.DRAFT, null, null,
                null, List.of(), List.of(new Transition(null, CaseState.DRAFT, by.subject(), by.name(), by.role(), at,
                        null)), List.of(), List.of(), List.of(), null, List.of(), null, null, null, at, null,
                List.of(), false, List.of(), item.deemedConsent(), item.deemedConsentBasis(), null, false, null, null,
                null, null, CreditStatus.NOT_CHECKED, null, List.of(), false, null, List.of());
        return new Case(snapshot);
    }

    // --- applicant side --------------------------------------------------------------------------

    /** Attaches an uploaded file for a required material, replacing an earlier one. */
    public void attachUpload(String materialCode, StoredFile file, Instant at) {
        RequiredMaterial material = requireMaterialOpenForSupply(materialCode);
        materials.put(materialCode, MaterialEntry.upload(materialCode, material.name(), file, at));
    }

    /**
     * Satisfies a material by naming an e-certificate (CAT-3). Only where the catalogue says a
     * certificate type can stand in; the reference stays unresolved until the registry confirms it.
     */
    /** Names an e-certificate for a material; {@code resolved} when the registry confirmed it is the applicant's and valid. */
    public void attachCertificate(String materialCode, String certificateNumber, boolean resolved, Instant at) {
        RequiredMaterial material = requireMaterialOpenForSupply(materialCode);
        if (material.certificateType() == null) {
            throw DomainViolation.rule("CERTIFICATE_NOT_ACCEPTED_FOR_MATERIAL",
                    "材料“" + material.name() + "”没有可替代的电子证照，请上传文件。",
                    "No e-certificate can stand in for \"" + material.name() + "\"; upload the file.",
                    "materials." + materialCode);
        }
        if (certificateNumber.isBlank() || certificateNumber.length() > 64) {
            throw DomainViolation.invalid("materials." + materialCode + ".certificateNumber",
                    "INVALID_CERTIFICATE_NUMBER", "电子证照编号不能为空且不超过 64 个字符。",
                    "A certificate number is 1 to 64 characters.");
        }
        materials.put(materialCode, MaterialEntry.certificate(materialCode, material.name(), certificateNumber, resolved,
                at));
    }

    /** Refuses unless the material is one the item requires and the case can take it now. */
    public void ensureCanSupply(String materialCode) {
        requireMaterialOpenForSupply(materialCode);
    }

    private RequiredMaterial requireMaterialOpenForSupply(String materialCode) {
        RequiredMaterial material = s.required().stream().filter(m -> m.code().equals(materialCode)).findFirst()
                .orElseThrow(() -> DomainViolation.invalid("materials." + materialCode, "MATERIAL_NOT_REQUIRED",
                        "本事项不需要材料 " + materialCode + "。", "This item does not require material " + materialCode + "."));
        boolean open = switch (s.state()) {
            case DRAFT, SUPPLEMENT_REQUESTED -> true;
            // After acceptance only what was tolerated may still come in (INT-4).
            case ACCEPTED_WITH_TOLERANCE, UNDER_REVIEW, ACCEPTED ->
                tolerated.stream().anyMatch(t -> t.materialCode().equals(materialCode));
            default -> false;
        };
        if (!open) {
            throw DomainViolation.conflict("MATERIALS_CLOSED", "办件当前状态不能再提交材料。",
                    "Materials can no longer be supplied in the case's current state.");
        }
        return material;
    }

    public void submit(Actor by, Instant at) {
        move(CaseState.SUBMITTED, by, at, null);
        s = with(s, b -> b.submittedAt = at);
        record("CaseSubmitted", at, Map.of("missingMaterials", String.join(",", missingCodes())));
        if (s.agentSubject() != null) {
            record("AgentFiled", at, s.mandateId() == null ? Map.of() : Map.of("mandateId", s.mandateId()));
        }
    }

    /** Hands in what the one-time notice asked for; the case goes back to where it was. */
    public void resubmit(Actor by, DeadlineClock clock, Instant at) {
        Notice notice = lastNotice(Notice.Kind.SUPPLEMENT);
        List<String> stillMissing = notice.defects().stream().map(Defect::materialCode)
                .filter(code -> !suppliedAfter(code, notice.issuedAt())).toList();
        if (!stillMissing.isEmpty()) {
            throw DomainViolation.rule("SUPPLEMENT_INCOMPLETE",
                    "补正材料尚未交齐：" + String.join("、", stillMissing) + "。",
                    "The supplement is incomplete: " + String.join(", ", stillMissing) + " still to come.", "materials");
        }
        CaseState back = s.resumeState() == null ? CaseState.SUBMITTED : s.resumeState();
        move(back, by, at, null);
        s = with(s, b -> b.resumeState = null);
        if (back == CaseState.UNDER_REVIEW) {
            // The clock starts again: the due date moves by the working days it stood still, the
            // joint departments' as much as the case's.
            Map<String, Integer> taskLimits = openTaskLimits(clock);
            closePause(at);
            recomputeDeadlines(clock, dateOf(at));
            LocalDate today = dateOf(at);
            tasks.replaceAll(t -> t.isOpen() ? t.due(clock.deadline(s.acceptedOn(), taskLimits.get(t.id()), pauses,
                    today).due()) : t);
        }
        record("CaseResubmitted", at, deadlinePayload());
    }

    public void withdraw(Actor by, String reason, Instant at) {
        if (s.state().isDecided()) {
            throw DomainViolation.conflict("ALREADY_DECIDED", "已作出决定的办件不能撤回。",
                    "A decided case cannot be withdrawn.");
        }
        move(CaseState.WITHDRAWN, by, at, reason);
        closePause(at);
        record("CaseWithdrawn", at, Map.of("reason", reason));
    }

    // --- window -------------------------------------------------------------------------------

    /** Everything the catalogue requires that has not been handed in. */
    public List<RequiredMaterial> missingMaterials() {
        return s.required().stream().filter(m -> !materials.containsKey(m.code())).toList();
    }

    private List<String> missingCodes() {
        return missingMaterials().stream().map(RequiredMaterial::code).toList();
    }

    /**
     * The one-time notice (INT-2): every missing material is listed whether or not the handler
     * names it, with the defective ones the handler found. Only one such notice per phase (before
     * acceptance, during review): nothing may be asked for again later.
     */
    public Notice requestSupplement(Actor by, List<Defect> defective, String note, Instant at) {
        boolean duringReview = s.state() == CaseState.UNDER_REVIEW;
        if (notices.stream().anyMatch(n -> n.kind() == Notice.Kind.SUPPLEMENT && n.duringReview() == duringReview)) {
            throw DomainViolation.conflict("SUPPLEMENT_ALREADY_REQUESTED",
                    "已一次性告知过补正内容，不得再次要求补正；请受理或书面不予受理。",
                    "Supplements were already requested once; accept the case or refuse it in writing.");
        }
        List<Defect> defects = notify(defective);
        if (defects.isEmpty()) {
            throw DomainViolation.invalid("defects", "NOTHING_TO_SUPPLEMENT", "没有缺少或有误的材料，无需补正。",
                    "Nothing is missing or defective; there is nothing to supplement.");
        }
        CaseState before = s.state();
        move(CaseState.SUPPLEMENT_REQUESTED, by, at, note);
        s = with(s, b -> b.resumeState = before);
        defects.stream().filter(d -> d.kind() == Defect.Kind.DEFECTIVE).forEach(d -> materials.remove(d.materialCode()));
        if (duringReview) {
            pauses.add(new Pause(dateOf(at), null));
            s = with(s, b -> {
                b.promisedDue = null;
                b.statutoryDue = null;
            });
        }
        Notice notice = new Notice(Notice.Kind.SUPPLEMENT, null, defects, note, null, by.name(), at, duringReview);
        notices.add(notice);
        record("SupplementRequested", at, Map.of("materials", codesOf(defects), "duringReview",
                String.valueOf(duringReview)));
        return notice;
    }

    /** Refusal to accept, in writing with reasons and its own serial number (INT-2, INT-3). */
    public Notice refuse(Actor by, Supplier<NoticeNumber> numbers, String reason, @Nullable String legalBasis,
            List<Defect> defective, Instant at) {
        return refuse(by, numbers, reason, legalBasis, defective, null, at);
    }

    /**
     * The same, with the credit check made for it: a REFUSE measure is cited in the notice (its legal
     * basis when the handler gives none) and fed back to the credit service as REFUSED.
     */
    public Notice refuse(Actor by, Supplier<NoticeNumber> numbers, String reason, @Nullable String legalBasis,
            List<Defect> defective, @Nullable CreditRecord credit, Instant at) {
        Optional<CreditRecord.Measure> refusing = credit == null ? Optional.empty()
                : credit.measures().stream().filter(m -> m.kind().equals("REFUSE")).findFirst();
        if (refusing.isPresent() && (legalBasis == null || legalBasis.isBlank())) {
            legalBasis = refusing.get().legalBasis();
        }
        Notice notice = refuseChecked(by, numbers, reason, legalBasis, defective, at);
        if (refusing.isPresent()) {
            s = with(s, b -> {
                b.creditCheck = CreditStatus.CHECKED;
                b.credit = credit;
            });
            feedback(credit, "REFUSED", ids(credit, "REFUSE"), "不予受理 | not accepted", at);
        }
        return notice;
    }

    private Notice refuseChecked(Actor by, Supplier<NoticeNumber> numbers, String reason, @Nullable String legalBasis,
            List<Defect> defective, Instant at) {
        if (s.state() == CaseState.SUPPLEMENT_REQUESTED && s.resumeState() != CaseState.SUBMITTED) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "受理后的办件不能再不予受理，请作出决定。",
                    "An accepted case cannot be refused at the window any more; decide it instead.");
        }
        requireReason(reason, "reason");
        requireTransition(CaseState.NOT_ACCEPTED);
        List<Defect> defects = notify(defective);
        NoticeNumber number = numbers.get();
        move(CaseState.NOT_ACCEPTED, by, at, reason);
        s = with(s, b -> {
            b.noticeNumber = number.value();
            b.resumeState = null;
        });
        Notice notice = new Notice(Notice.Kind.NOT_ACCEPTED, number.value(), defects, reason, legalBasis, by.name(),
                at, false);
        notices.add(notice);
        record("CaseNotAccepted", at, Map.of("noticeNumber", number.value(), "reason", reason,
                "materials", codesOf(defects)));
        return notice;
    }

    /**
     * Accepts the case with a number and a receipt (INT-3), possibly tolerating non-essential
     * materials (INT-4). The rules run before a number is drawn, so a refusal wastes no number.
     */
    public void accept(Actor by, Supplier<CaseNumber> numbers, List<ToleratedMaterial> tolerating,
            AcceptancePolicy policy, DeadlineClock clock, Instant at) {
        accept(by, numbers, tolerating, policy, clock, at, AcceptanceTerms.none());
    }

    /**
     * Acceptance with the credit check's answer (CRE-2), the joint departments to copy the case to
     * at once (INT-5) and, for an item reported upward, the higher department that takes it over.
     */
    public void accept(Actor by, Supplier<CaseNumber> numbers, List<ToleratedMaterial> tolerating,
            AcceptancePolicy policy, DeadlineClock clock, Instant at, AcceptanceTerms terms) {
        CaseState target = tolerating.isEmpty() ? CaseState.ACCEPTED : CaseState.ACCEPTED_WITH_TOLERANCE;
        requireTransition(target);
        LocalDate today = dateOf(at);
        DeadlineClock.Deadline promised = clock.deadline(today, s.promisedDays(), List.of(), today);
        DeadlineClock.Deadline statutory = clock.deadline(today, s.statutoryDays(), List.of(), today);
        policy.enforce(new AcceptanceCheck(s.required(), materials.keySet(), tolerating, today, promised.due(),
                statutory.due(), terms.credit()));
        CaseNumber number = numbers.get();
        move(target, by, at, null);
        tolerated.addAll(tolerating);
        s = with(s, b -> {
            b.number = number.value();
            b.acceptedOn = today;
            b.creditCheck = terms.creditStatus();
            b.credit = terms.credit();
        });
        recomputeDeadlines(clock, today);
        Map<String, String> payload = new HashMap<>(deadlinePayload());
        if (!tolerating.isEmpty()) {
            payload.put("tolerated", String.join(",", tolerating.stream().map(ToleratedMaterial::materialCode).toList()));
        }
        payload.put("creditCheck", terms.creditStatus().name());
        record("CaseAccepted", at, payload);
        if (terms.credit() != null) {
            applyCredit(terms.credit(), !tolerating.isEmpty(), at);
        }
        if (s.itemClass() == ItemClass.JOINT && !terms.jointDepartments().isEmpty()) {
            openTasks(by, terms.jointDepartments(), clock, today, at);
        }
        if (terms.reportToDepartment() != null) {
            reportUpward(by, terms.reportToDepartment(), "上报件：本事项由上级部门审查决定 | reported upward by the item's rule", at);
        }
    }

    // --- credit (CRE-2) -----------------------------------------------------------------------------

    /**
     * Applies what a check found and records what was done with it, for the credit service's
     * feedback (措施反馈). Incentives: priority and green channel put the case first in the queue;
     * tolerance is granted only through the acceptance rules. Restrictions: additional review adds
     * a reviewer step (joint cases: a reviewer's opinion before approval); refusal and no-tolerance
     * were enforced by the acceptance rules before anything changed.
     */
    private void applyCredit(CreditRecord credit, boolean toleranceUsed, Instant at) {
        List<String> actions = new ArrayList<>();
        if (toleranceUsed && credit.has("TOLERANCE_ALLOWED")) {
            feedback(credit, "TOLERANCE_GRANTED", ids(credit, "TOLERANCE_ALLOWED"), "容缺受理 | tolerance acceptance", at);
            actions.add("TOLERANCE_GRANTED");
        }
        List<String> priority = new ArrayList<>(ids(credit, "GREEN_CHANNEL"));
        priority.addAll(ids(credit, "PRIORITY_HANDLING"));
        if (!priority.isEmpty() && !s.greenChannel()) {
            s = with(s, b -> {
                b.greenChannel = true;
                b.greenChannelBasis = "CREDIT:" + priority.getFirst();
            });
            feedback(credit, "PRIORITY_GIVEN", priority, "绿色通道、优先办理 | green channel, handled first", at);
            actions.add("PRIORITY_GIVEN");
        }
        if (credit.has("ADDITIONAL_REVIEW") && requireAdditionalReview()) {
            feedback(credit, "ADDITIONAL_REVIEW", ids(credit, "ADDITIONAL_REVIEW"),
                    "增加审核环节 | an additional review step", at);
            actions.add("ADDITIONAL_REVIEW");
        }
        if (actions.isEmpty()) {
            feedback(credit, "NO_ACTION", credit.measureIds(), "无适用措施 | no measure applied (" + credit.standing() + ")",
                    at);
        }
    }

    /** Adds a reviewer step before the deciding one; a joint case needs the lead department's reviewer instead. */
    private boolean requireAdditionalReview() {
        if (s.itemClass() == ItemClass.JOINT) {
            return true;
        }
        List<StaffRole> chain = new ArrayList<>(s.chain());
        if (opinions.size() >= chain.size()) {
            return false;
        }
        chain.add(Math.max(1, chain.size() - 1), StaffRole.REVIEWER);
        s = with(s, b -> b.chain = List.copyOf(chain));
        return true;
    }

    /**
     * The answer of the check run before the decision when the one at acceptance could not be made
     * (creditCheck PENDING). Kept even if the decision it preceded is then refused: the check happened.
     */
    public void recordDecisionCheck(CreditRecord credit, Instant at) {
        if (s.creditCheck() != CreditStatus.PENDING) {
            return;
        }
        s = with(s, b -> {
            b.creditCheck = CreditStatus.CHECKED;
            b.credit = credit;
        });
        if (!credit.has("REFUSE")) {
            applyCredit(credit, false, at);
        }
        // A REFUSE found only now is fed back when the case is rejected citing it (see decide).
    }

    private void feedback(CreditRecord credit, String action, List<String> measureIds, String note, Instant at) {
        if (creditFeedback.stream().noneMatch(f -> f.checkId().equals(credit.checkId()) && f.action().equals(action))) {
            creditFeedback.add(new CreditFeedback(credit.checkId(), action, measureIds, note, at, null));
        }
    }

    private static List<String> ids(CreditRecord credit, String kind) {
        return credit.measures().stream().filter(m -> m.kind().equals(kind)).map(CreditRecord.Measure::measureId)
                .toList();
    }

    // --- joint approval (INT-5) ---------------------------------------------------------------------

    /** One door accepts and copies to all: every department's task opens now, each with its own deadline. */
    private void openTasks(Actor by, List<JointDepartment> departments, DeadlineClock clock, LocalDate today,
            Instant at) {
        move(CaseState.UNDER_REVIEW, by, at, "并联审批：同时抄告 " + departments.size() + " 个部门 | copied to "
                + departments.size() + " departments");
        record("CaseUnderReview", at, Map.of("step", "JOINT"));
        for (JointDepartment d : departments) {
            LocalDate due = clock.deadline(s.acceptedOn(), d.limit().value(), pauses, today).due();
            JointTask task = JointTask.open(d.department(), d.departmentName(), s.division(), due);
            tasks.add(task);
            record("JointTaskOpened", at, taskPayload(task));
        }
    }

    /** The task of {@code department}, if it takes part in this case. */
    public Optional<JointTask> taskOf(String department) {
        return tasks.stream().filter(t -> t.department().equals(department)).findFirst();
    }

    /**
     * One department's decision on its own task. When it is the last task, the case is decided:
     * approved when every department approved or is deemed to, rejected with every rejecting
     * department's reasons otherwise. The last decision is refused (nothing changes) while the case
     * cannot yet be decided: a tolerated material outstanding or the credit check pending.
     */
    public void decideTask(Actor by, String department, Verdict verdict, String reasons, @Nullable String legalBasis,
            List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        JointTask task = taskOf(department).orElseThrow(() -> DomainViolation.notFound("TASK_NOT_FOUND",
                "该部门在本办件中没有联办任务。", "This department has no task in the case."));
        if (s.state() != CaseState.UNDER_REVIEW) {
            throw DomainViolation.conflict("CASE_NOT_UNDER_REVIEW", "办件当前不在并联审查中（可能正在补正），不能作出部门意见。",
                    "The case is not under joint review (perhaps awaiting a supplement); no department can decide now.");
        }
        if (!task.isOpen()) {
            throw DomainViolation.conflict("TASK_ALREADY_DECIDED", "本部门已作出意见，不能重复作出。",
                    "This department has already decided its task.");
        }
        requireReason(reasons, "reasons");
        if (verdict == Verdict.REJECT && (legalBasis == null || legalBasis.isBlank())) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED", "不予同意的意见须写明法律依据。",
                    "A refusal must state its legal basis.");
        }
        TaskState outcome = verdict == Verdict.APPROVE ? TaskState.APPROVED : TaskState.REJECTED;
        closeTask(task.decided(outcome, at, by.name(), reasons, legalBasis), by, "JointTaskDecided", at);
        concludeIfDone(by, approvalRules, clock, at);
    }

    /**
     * Silence means consent (超时默认): every open task past its deadline on an item that allows it
     * is recorded as deemed approved by the system, citing the rule. Returns the tasks so recorded.
     * When that closes the last task the case is decided here too, and if it cannot be yet, this
     * refuses as a department's decision would, so the sweep leaves the tasks open and tries again.
     */
    public List<JointTask> deemDueTasks(LocalDate today, List<ApprovalRule> approvalRules, DeadlineClock clock,
            Instant at) {
        Actor system = new Actor(ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM);
        List<JointTask> deemed = new ArrayList<>();
        for (JointTask task : List.copyOf(tasks)) {
            if (DeemedConsent.check(snapshot(), task, today).allowed()) {
                JointTask done = task.decided(TaskState.DEEMED_APPROVED, at, ActorRole.SYSTEM_SUBJECT,
                        "逾期未作出意见，视为同意（超时默认）| no decision by " + task.dueOn() + ": deemed approved",
                        s.deemedConsentBasis());
                closeTask(done, system, "TaskDeemedApproved", at);
                deemed.add(done);
            }
        }
        if (!deemed.isEmpty()) {
            concludeIfDone(system, approvalRules, clock, at);
        }
        return deemed;
    }

    private void closeTask(JointTask done, Actor by, String event, Instant at) {
        tasks.replaceAll(t -> t.id().equals(done.id()) ? done : t);
        transitions.add(new Transition(s.state(), s.state(), by.subject(), by.name(), by.role(), at,
                done.departmentName() + "：" + done.state() + " | " + done.reasons()));
        Map<String, String> payload = new HashMap<>(taskPayload(done));
        payload.put("taskState", done.state().name());
        if (done.reasons() != null) {
            payload.put("reasons", done.reasons());
        }
        if (done.legalBasis() != null) {
            payload.put("legalBasis", done.legalBasis());
        }
        record(event, at, payload);
    }

    private void concludeIfDone(Actor by, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        if (tasks.isEmpty() || tasks.stream().anyMatch(JointTask::isOpen)) {
            return;
        }
        List<JointTask> rejecting = tasks.stream().filter(t -> t.state() == TaskState.REJECTED).toList();
        String deciders = tasks.stream().map(t -> t.departmentName() + "（" + t.decidedBy() + "）")
                .collect(Collectors.joining("、"));
        if (rejecting.isEmpty()) {
            String reasons = "各联办部门同意：" + tasks.stream().map(t -> t.departmentName()
                    + (t.state() == TaskState.DEEMED_APPROVED ? "（超时默认）" : "")).collect(Collectors.joining("、"))
                    + " | every joint department approved";
            finish(by, Verdict.APPROVE, reasons, null, approvalRules, clock, at, acceptorName(), null, deciders);
        } else {
            String reasons = rejecting.stream().map(t -> t.departmentName() + "：" + t.reasons())
                    .collect(Collectors.joining("；"));
            String basis = rejecting.stream().map(JointTask::legalBasis).distinct().collect(Collectors.joining("；"));
            finish(by, Verdict.REJECT, reasons, basis, approvalRules, clock, at, acceptorName(), null, deciders);
        }
    }

    private String acceptorName() {
        return transitions.stream().filter(t -> t.to() == CaseState.ACCEPTED || t.to() == CaseState.ACCEPTED_WITH_TOLERANCE)
                .map(Transition::actorName).findFirst().orElse("-");
    }

    private Map<String, String> taskPayload(JointTask t) {
        return Map.of("taskId", t.id(), "taskDepartment", t.department(), "taskDepartmentName", t.departmentName(),
                "taskDivision", t.division(), "dueOn", t.dueOn().toString());
    }

    /** Each open task's limit in working days, counted back from its due date before the current pause closes. */
    private Map<String, Integer> openTaskLimits(DeadlineClock clock) {
        List<Pause> earlier = pauses.stream().filter(p -> !p.isOpen()).toList();
        Map<String, Integer> limits = new HashMap<>();
        for (JointTask t : tasks) {
            if (t.isOpen()) {
                // The working days counted from acceptance up to the due date, earlier pauses left out:
                // asked as "paused from the due date on", the clock answers exactly that count.
                List<Pause> upToDue = new ArrayList<>(earlier);
                upToDue.add(new Pause(t.dueOn(), null));
                limits.put(t.id(), clock.deadline(s.acceptedOn(), 0, upToDue, t.dueOn()).usedWorkingDays());
            }
        }
        return limits;
    }

    // --- reported upward (上报件), green channel (INT-8), delivery (INT-12) ---------------------------

    /**
     * Sends the case to {@code department} at the next higher division, which takes the remaining
     * steps; the department that accepted it still sees it. Once only.
     */
    public void reportUpward(Actor by, String department, String reason, Instant at) {
        if (!s.state().isAccepted()) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "只有已受理、未决定的办件可以上报。",
                    "Only an accepted case not yet decided can be reported upward.");
        }
        if (s.reportedTo() != null) {
            throw DomainViolation.conflict("ALREADY_REPORTED", "办件已上报。", "The case has already been reported upward.");
        }
        if (department == null || department.isBlank() || department.length() > 64) {
            throw DomainViolation.invalid("department", "DEPARTMENT_REQUIRED", "须写明上级受理部门（不超过 64 个字符）。",
                    "Name the higher department (at most 64 characters).");
        }
        requireReason(reason, "reason");
        DivisionCode higher = DivisionCode.of(s.division()).parentWithin(DivisionCode.Level.COUNTY).orElseThrow(() -> DomainViolation.rule(
                "NO_HIGHER_DIVISION", "县级办件在本平台没有更高一级的受理单位。",
                "A county case has no higher division on this platform.", "division"));
        transitions.add(new Transition(s.state(), s.state(), by.subject(), by.name(), by.role(), at,
                "上报至 " + higher.value() + " " + department + "：" + reason));
        s = with(s, b -> {
            b.reportedTo = higher.value();
            b.reportedToDepartment = department;
        });
    }

    /**
     * Puts the case on the green channel (绿色通道) as a major project and names the officer
     * responsible until it is done; also names the officer for a case a credit incentive put there.
     */
    public void greenChannel(Actor by, String responsibleOfficer, String reason, Instant at) {
        if (s.state().isFinal() || s.state().isDecided() || s.state() == CaseState.DRAFT) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "只有办理中的办件可以进入绿色通道。",
                    "Only a case in progress can be put on the green channel.");
        }
        if (responsibleOfficer == null || responsibleOfficer.isBlank() || responsibleOfficer.length() > 100) {
            throw DomainViolation.invalid("responsibleOfficer", "RESPONSIBLE_OFFICER_REQUIRED",
                    "须指定责任人（不超过 100 个字符）。", "Name the responsible officer (at most 100 characters).");
        }
        requireReason(reason, "reason");
        transitions.add(new Transition(s.state(), s.state(), by.subject(), by.name(), by.role(), at,
                "绿色通道，责任人 " + responsibleOfficer + "：" + reason));
        s = with(s, b -> {
            b.greenChannel = true;
            b.greenChannelBasis = b.greenChannelBasis != null && b.greenChannelBasis.startsWith("CREDIT:")
                    ? b.greenChannelBasis : "MAJOR_PROJECT";
            b.responsibleOfficer = responsibleOfficer;
        });
    }

    /** How the decided result reaches the applicant; a courier needs the address and the tracking number. */
    public void recordDelivery(Actor by, Delivery.Method method, @Nullable String address, @Nullable String courier,
            @Nullable String trackingNumber, Instant at) {
        if (!s.state().isDecided()) {
            throw DomainViolation.conflict("NOT_DECIDED", "办件尚未作出决定，没有可送达的结果。",
                    "The case has not been decided; there is no result to deliver yet.");
        }
        if (method == Delivery.Method.COURIER) {
            if (address == null || address.isBlank() || address.length() > 300) {
                throw DomainViolation.invalid("address", "ADDRESS_REQUIRED", "快递寄送须填写收件地址（不超过 300 字）。",
                        "Courier delivery needs the address (at most 300 characters).");
            }
            if (trackingNumber == null || !trackingNumber.matches("[A-Za-z0-9-]{6,40}")) {
                throw DomainViolation.invalid("trackingNumber", "TRACKING_NUMBER_REQUIRED",
                        "快递寄送须填写运单号（6 到 40 个字母、数字或连字符）。",
                        "Courier delivery needs the tracking number (6 to 40 letters, digits or hyphens).");
            }
        }
        boolean courierDelivery = method == Delivery.Method.COURIER;
        Delivery delivery = new Delivery(method, courierDelivery ? address : null,
                courierDelivery ? courier : null, courierDelivery ? trackingNumber : null, by.name(), at);
        s = with(s, b -> b.delivery = delivery);
    }


    // --- decision chain -------------------------------------------------------------------------

    /** The role whose step is next in the item's chain, or none once decided. */
    public @Nullable StaffRole awaitedRole() {
        if (!s.state().isAccepted()) {
            return s.state() == CaseState.SUBMITTED ? StaffRole.HANDLER : null;
        }
        return s.chain().get(Math.min(opinions.size(), s.chain().size() - 1));
    }

    /**
     * One step of the chain. Intermediate steps give an opinion and put the case under review;
     * the last step decides. Nobody may take two steps of the same case: INT-9 exists so that
     * responsibility is shared and can be traced.
     */
    public void recordOpinion(Actor by, StaffRole role, Verdict verdict, String reasons, @Nullable String legalBasis,
            List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        if (!s.state().isAccepted()) {
            throw transitionRefused(CaseState.UNDER_REVIEW);
        }
        StaffRole awaited = awaitedRole();
        if (role != awaited) {
            throw DomainViolation.conflict("NOT_YOUR_STEP",
                    "办件当前等待" + awaited.chinese() + "处理。", "The case is waiting for the " + awaited.name().toLowerCase()
                            + ", not the " + role.name().toLowerCase() + ".");
        }
        if (opinions.stream().anyMatch(o -> o.actorSubject().equals(by.subject()))) {
            throw DomainViolation.rule("SAME_PERSON_TWO_STEPS", "同一人不能在同一办件中承担两个审批环节。",
                    "One person cannot take two steps of the same case.", null);
        }
        requireReason(reasons, "reasons");
        boolean last = opinions.size() == s.chain().size() - 1;
        if (!tasks.isEmpty() && (last || role == StaffRole.APPROVER)) {
            throw DomainViolation.conflict("JOINT_CASE_DECIDED_BY_TASKS",
                    "联办件由各联办部门的意见决定，牵头部门只能给出审查意见。",
                    "A joint case is decided by its departments' tasks; the lead department gives review opinions only.");
        }
        Opinion opinion = new Opinion(role, by.subject(), by.name(), verdict, reasons, legalBasis, at);
        if (!last) {
            if (s.state() != CaseState.UNDER_REVIEW) {
                move(CaseState.UNDER_REVIEW, by, at, reasons);
                record("CaseUnderReview", at, Map.of("step", role.name()));
            } else {
                transitions.add(new Transition(s.state(), s.state(), by.subject(), by.name(), by.role(), at, reasons));
            }
            opinions.add(opinion);
            return;
        }
        decide(by, opinion, approvalRules, clock, at);
    }

    /** Immediate items (即办件): accepted and decided by the handler in one step at the window. */
    public void decideAtWindow(Actor by, Supplier<CaseNumber> numbers, Verdict verdict, String reasons,
            @Nullable String legalBasis, AcceptancePolicy policy, List<ApprovalRule> approvalRules,
            DeadlineClock clock, Instant at) {
        decideAtWindow(by, numbers, verdict, reasons, legalBasis, policy, approvalRules, clock, at,
                AcceptanceTerms.none());
    }

    /** The same, with the credit check's answer at acceptance. */
    public void decideAtWindow(Actor by, Supplier<CaseNumber> numbers, Verdict verdict, String reasons,
            @Nullable String legalBasis, AcceptancePolicy policy, List<ApprovalRule> approvalRules,
            DeadlineClock clock, Instant at, AcceptanceTerms terms) {
        if (s.itemClass() != ItemClass.IMMEDIATE) {
            throw DomainViolation.rule("NOT_AN_IMMEDIATE_ITEM", "只有即办件可以当场受理并办结。",
                    "Only immediate items can be accepted and decided in one step at the window.", null);
        }
        requireReason(reasons, "reasons");
        accept(by, numbers, List.of(), policy, clock, at, terms);
        if (s.chain().size() > 1) {
            throw DomainViolation.conflict("ADDITIONAL_REVIEW_REQUIRED",
                    "依据联合惩戒措施须增加审核环节，不能当场办结；请先受理，再经审核后决定。",
                    "A joint measure requires an additional review; accept the case and decide it after the review.");
        }
        decide(by, new Opinion(StaffRole.HANDLER, by.subject(), by.name(), verdict, reasons, legalBasis, at),
                approvalRules, clock, at);
    }

    private void decide(Actor by, Opinion opinion, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        List<Opinion> with = new ArrayList<>(opinions);
        with.add(opinion);
        finish(by, opinion.verdict(), opinion.reasons(), opinion.legalBasis(), approvalRules, clock, at,
                nameIn(with, StaffRole.HANDLER), nameIn(with, StaffRole.REVIEWER), nameIn(with, StaffRole.APPROVER));
        opinions.add(opinion);
    }

    private void finish(Actor by, Verdict verdict, String reasons, @Nullable String legalBasis,
            List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at, @Nullable String handler,
            @Nullable String reviewer, @Nullable String approver) {
        CaseState target = verdict == Verdict.APPROVE ? CaseState.APPROVED : CaseState.REJECTED;
        requireTransition(target);
        if (s.creditCheck() == CreditStatus.PENDING) {
            throw DomainViolation.conflict("CREDIT_CHECK_PENDING",
                    "受理时未能完成信用核查，且现在仍无法核查；核查完成前不能作出决定，请稍后再试。",
                    "The credit check could not be made at acceptance and still cannot be; the case cannot be decided "
                            + "until it has been. Try again shortly.");
        }
        if (verdict == Verdict.APPROVE) {
            if (s.credit() != null && s.credit().has("REFUSE")) {
                CreditRecord.Measure m = s.credit().measures().stream().filter(x -> x.kind().equals("REFUSE"))
                        .findFirst().orElseThrow();
                throw DomainViolation.rule("CREDIT_RESTRICTION_REFUSES",
                        "依据联合惩戒措施 " + m.measureId() + "（" + m.legalBasis() + "），不能作出准予决定。",
                        "Joint measure " + m.measureId() + " (" + m.legalBasis() + ") rules out approval.", "credit");
            }
            CaseSnapshot current = snapshot();
            for (ApprovalRule rule : approvalRules) {
                RuleResult result = rule.check(current, materials.keySet());
                if (!result.allowed()) {
                    throw DomainViolation.rule(result.code(), result.zh(), result.en(), result.field());
                }
            }
        } else if (legalBasis == null || legalBasis.isBlank()) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED",
                    "不予许可的决定须写明法律依据。", "A refusal must state its legal basis.");
        } else if (s.credit() != null && s.credit().has("REFUSE")) {
            feedback(s.credit(), "REFUSED", ids(s.credit(), "REFUSE"), "作出不予许可决定 | rejected", at);
        }
        Opinion opinion = new Opinion(StaffRole.HANDLER, by.subject(), by.name(), verdict, reasons, legalBasis, at);
        LocalDate today = dateOf(at);
        if (s.promisedDue() == null) {
            recomputeDeadlines(clock, today);
        }
        // The promise told to the applicant is judged as it stands: a published year moves it only
        // through recompute (never earlier, and recorded in the history), not silently here.
        LocalDate due = s.promisedDue();
        boolean onTime = due == null || !today.isAfter(due);
        move(target, by, at, opinion.reasons());
        Decision decision = new Decision(opinion.verdict(), opinion.reasons(), opinion.legalBasis(), at, due, onTime,
                handler == null ? by.name() : handler, reviewer, approver);
        s = with(s, b -> b.decision = decision);
        Map<String, String> payload = new HashMap<>(Map.of("reasons", opinion.reasons(), "onTime", String.valueOf(onTime)));
        if (opinion.legalBasis() != null) {
            payload.put("legalBasis", opinion.legalBasis());
        }
        if (s.credit() != null) {
            // CRE-2: the decision cites the check, the measures and the entries it used.
            payload.put("creditCheckId", s.credit().checkId());
            payload.put("creditMeasures", String.join(",", s.credit().measureIds()));
            payload.put("creditEntries", String.join(",", s.credit().entries().stream().map(CreditRecord.Entry::entryId)
                    .toList()));
        }
        record(target == CaseState.APPROVED ? "CaseApproved" : "CaseRejected", at, payload);
    }

    private static @Nullable String nameIn(List<Opinion> in, StaffRole role) {
        return in.stream().filter(o -> o.role() == role).map(Opinion::actorName).findFirst().orElse(null);
    }

    /** The result has been delivered (INT-1: results come out through one window). */
    public void close(Actor by, Instant at) {
        move(CaseState.CLOSED, by, at, null);
        record("CaseClosed", at, Map.of());
    }

    // --- deadlines ------------------------------------------------------------------------------

    /** The promised deadline as of {@code today}: due date, or paused with the days used so far. */
    public DeadlineClock.@Nullable Deadline promisedDeadline(DeadlineClock clock, LocalDate today) {
        return s.acceptedOn() == null ? null : clock.deadline(s.acceptedOn(), s.promisedDays(), pauses, today);
    }

    /**
     * Whether the case's clock touches {@code year}: it runs (accepted, not decided; or stopped for a
     * supplement after acceptance) and the stretch from acceptance to its latest open date reaches
     * into that year. A stopped clock has no end yet, so it touches every year from its acceptance on.
     */
    public boolean deadlinesTouch(int year) {
        if (!hasOpenDeadlines() || s.acceptedOn().getYear() > year) {
            return false;
        }
        if (pauses.stream().anyMatch(Pause::isOpen)) {
            return true;
        }
        List<LocalDate> dates = new ArrayList<>();
        if (s.promisedDue() != null) {
            dates.add(s.promisedDue());
        }
        if (s.statutoryDue() != null) {
            dates.add(s.statutoryDue());
        }
        tasks.stream().filter(JointTask::isOpen).map(JointTask::dueOn).forEach(dates::add);
        tolerated.stream().filter(t -> !materials.containsKey(t.materialCode())).map(ToleratedMaterial::dueBy)
                .forEach(dates::add);
        return dates.stream().anyMatch(d -> d.getYear() >= year);
    }

    /** Accepted and not decided, its clock running or stopped for a supplement: its dates may still move. */
    public boolean hasOpenDeadlines() {
        return s.acceptedOn() != null && (s.state().isAccepted() || s.state() == CaseState.SUPPLEMENT_REQUESTED);
    }

    /**
     * Brings the case's open dates onto the calendar as it is now, after {@code stamp} was published
     * (issue 14). Dates told to the applicant (promised and statutory due dates, a tolerated
     * material's supply-by date) never move earlier: the promise stands, they may move later. A joint
     * department's due date is the staff's and moves either way. While the applicant supplements, the
     * case has no promised or statutory date (they are counted again at the resubmission, on the
     * calendar of that day); its tasks are set back to what they were before the pause, which the
     * resubmission then extends by the pause. A supply-by date that is now a day off moves to the next
     * working day. A decided, withdrawn or refused case is never touched. Each move is kept in the
     * case's history with the calendar version, and an event tells the applicant when one of their
     * dates moved ({@code DeadlinesRecomputed}) or supervision when only staff dates did
     * ({@code StaffDeadlinesRecomputed}). Recomputing again on the same calendar changes nothing.
     *
     * @param taskLimits each joint department's limit in working days, from the item version the case was filed under
     * @return the dates moved, none when every date stands
     */
    public List<DeadlineChange> recompute(CalendarStamp stamp, WorkingDayCalendar calendar,
            Map<String, Integer> taskLimits, Instant at) {
        if (!hasOpenDeadlines()) {
            return List.of();
        }
        DeadlineClock clock = new DeadlineClock(calendar);
        LocalDate today = dateOf(at);
        List<DeadlineChange> changes = new ArrayList<>();
        if (pauses.stream().noneMatch(Pause::isOpen)) {
            LocalDate promised = settle(DeadlineChange.Kind.PROMISED, null, s.promisedDue(),
                    clock.deadline(s.acceptedOn(), s.promisedDays(), pauses, today).due(), stamp, at, changes);
            LocalDate statutory = settle(DeadlineChange.Kind.STATUTORY, null, s.statutoryDue(),
                    clock.deadline(s.acceptedOn(), s.statutoryDays(), pauses, today).due(), stamp, at, changes);
            s = with(s, b -> {
                b.promisedDue = promised;
                b.statutoryDue = statutory;
            });
        }
        List<Pause> closed = pauses.stream().filter(p -> !p.isOpen()).toList();
        tasks.replaceAll(t -> {
            Integer limit = taskLimits.get(t.department());
            if (!t.isOpen() || limit == null) {
                return t;
            }
            LocalDate due = settle(DeadlineChange.Kind.TASK, t.department(), t.dueOn(),
                    clock.deadline(s.acceptedOn(), limit, closed, today).due(), stamp, at, changes);
            return due.equals(t.dueOn()) ? t : t.due(due);
        });
        tolerated.replaceAll(t -> {
            if (materials.containsKey(t.materialCode())) {
                return t; // supplied: its date no longer binds anyone
            }
            LocalDate on = t.dueBy();
            while (!calendar.isWorkingDay(on)) {
                on = on.plusDays(1);
            }
            LocalDate due = settle(DeadlineChange.Kind.TOLERATED, t.materialCode(), t.dueBy(), on, stamp, at, changes);
            return due.equals(t.dueBy()) ? t : new ToleratedMaterial(t.materialCode(), due);
        });
        if (changes.isEmpty()) {
            return List.of();
        }
        deadlineChanges.addAll(changes);
        String lines = changes.stream().map(DeadlineChange::line).collect(Collectors.joining("；"));
        transitions.add(new Transition(s.state(), s.state(), ActorRole.SYSTEM_SUBJECT, ActorRole.SYSTEM_SUBJECT,
                ActorRole.SYSTEM, at, "期限按 " + stamp.label() + " 重新计算：" + lines));
        boolean told = changes.stream().anyMatch(DeadlineChange::applicantFacing);
        Map<String, String> payload = new HashMap<>(deadlinePayload());
        payload.put("calendarYear", String.valueOf(stamp.year()));
        payload.put("calendarVersion", String.valueOf(stamp.version()));
        payload.put("ref", s.number() != null ? s.number() : s.id());
        payload.put("changes", changes.stream().map(c -> c.what() + ":" + c.from() + ">" + c.to())
                .collect(Collectors.joining(";")));
        record(told ? "DeadlinesRecomputed" : "StaffDeadlinesRecomputed", at, payload);
        return List.copyOf(changes);
    }

    private static LocalDate settle(DeadlineChange.Kind kind, @Nullable String ref, @Nullable LocalDate before,
            LocalDate computed, CalendarStamp stamp, Instant at, List<DeadlineChange> changes) {
        if (before == null) {
            return computed;
        }
        LocalDate after = kind.settle(before, computed);
        if (!after.equals(before)) {
            changes.add(DeadlineChange.of(kind, ref, before, after, stamp, at));
        }
        return after;
    }

    private void recomputeDeadlines(DeadlineClock clock, LocalDate today) {
        DeadlineClock.Deadline promised = clock.deadline(s.acceptedOn(), s.promisedDays(), pauses, today);
        DeadlineClock.Deadline statutory = clock.deadline(s.acceptedOn(), s.statutoryDays(), pauses, today);
        s = with(s, b -> {
            b.promisedDue = promised.due();
            b.statutoryDue = statutory.due();
        });
    }

    // --- who ------------------------------------------------------------------------------------

    /** The principal and the agent who filed for them both see the case as theirs (INT-10). */
    public boolean isApplicantSide(String subject) {
        return subject.equals(s.applicantSubject()) || subject.equals(s.agentSubject());
    }

    /**
     * Whether staff of {@code department} at {@code division} take the case's next steps: the
     * department that accepted it, or after a report upward only the higher one.
     */
    public boolean isActingUnit(@Nullable String division, @Nullable String department) {
        if (s.reportedTo() != null) {
            return s.reportedTo().equals(division) && s.reportedToDepartment().equals(department);
        }
        return isHandledBy(division, department);
    }

    /** Whether staff of that department may see the case: it handles it, it was reported to it, or it has a task in it. */
    public boolean isVisibleTo(@Nullable String division, @Nullable String department) {
        return isHandledBy(division, department) || isActingUnit(division, department)
                || tasks.stream().anyMatch(t -> t.division().equals(division) && t.department().equals(department));
    }

    /** Whether staff of {@code department} at {@code division} handle this case (IDN-3). */
    public boolean isHandledBy(@Nullable String division, @Nullable String department) {
        return s.division().equals(division) && s.department().equals(department);
    }

    // --- internals ------------------------------------------------------------------------------

    private List<Defect> notify(List<Defect> defective) {
        List<Defect> all = new ArrayList<>();
        missingMaterials().forEach(m -> all.add(new Defect(m.code(), m.name(), Defect.Kind.MISSING,
                "未提交 | not handed in")));
        for (Defect d : defective) {
            RequiredMaterial material = s.required().stream().filter(m -> m.code().equals(d.materialCode())).findFirst()
                    .orElseThrow(() -> DomainViolation.invalid("defects", "MATERIAL_NOT_REQUIRED",
                            "本事项不需要材料 " + d.materialCode() + "。",
                            "This item does not require material " + d.materialCode() + "."));
            if (!materials.containsKey(d.materialCode())) {
                continue; // already listed as missing
            }
            requireReason(d.explanation(), "defects.explanation");
            all.add(new Defect(material.code(), material.name(), Defect.Kind.DEFECTIVE, d.explanation()));
        }
        return all;
    }

    private boolean suppliedAfter(String code, Instant noticeAt) {
        MaterialEntry entry = materials.get(code);
        return entry != null && !entry.suppliedAt().isBefore(noticeAt);
    }

    private Notice lastNotice(Notice.Kind kind) {
        if (s.state() != CaseState.SUPPLEMENT_REQUESTED) {
            throw transitionRefused(CaseState.SUBMITTED);
        }
        return notices.reversed().stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    private void closePause(Instant at) {
        if (!pauses.isEmpty() && pauses.getLast().isOpen()) {
            Pause open = pauses.removeLast();
            pauses.add(new Pause(open.paused(), dateOf(at)));
        }
    }

    private void move(CaseState to, Actor by, Instant at, @Nullable String note) {
        requireTransition(to);
        transitions.add(new Transition(s.state(), to, by.subject(), by.name(), by.role(), at, note));
        s = with(s, b -> b.state = to);
    }

    private void requireTransition(CaseState to) {
        if (!s.state().canMoveTo(to)) {
            throw transitionRefused(to);
        }
    }

    private DomainViolation transitionRefused(CaseState to) {
        return new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                Message.of("办件当前状态为 " + s.state() + "，不能转为 " + to + "。",
                        "A case in state " + s.state() + " cannot move to " + to + "."), null, List.of());
    }

    private static void requireReason(@Nullable String text, String field) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw DomainViolation.invalid(field, "REASON_REQUIRED", "须书面说明理由（不超过 2000 字）。",
                    "Give the reasons in writing (at most 2000 characters).");
        }
    }

    private Map<String, String> deadlinePayload() {
        Map<String, String> payload = new HashMap<>();
        if (s.promisedDue() != null) {
            payload.put("promisedDue", s.promisedDue().toString());
        }
        if (s.statutoryDue() != null) {
            payload.put("statutoryDue", s.statutoryDue().toString());
        }
        return payload;
    }

    private static String codesOf(List<Defect> defects) {
        return String.join(",", defects.stream().map(Defect::materialCode).toList());
    }

    private void record(String type, Instant at, Map<String, String> payload) {
        outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type, s.id(), s.number() != null ? s.number()
                : s.noticeNumber(), s.itemCode(), s.applicantSubject(), s.agentSubject(), s.division(), s.department(),
                at, payload, null));
    }

    static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    // --- reading --------------------------------------------------------------------------------

    public CaseId id() {
        return new CaseId(s.id());
    }

    public CaseState state() {
        return s.state();
    }

    public Set<String> suppliedMaterialCodes() {
        return Set.copyOf(materials.keySet());
    }

    /** Events recorded but not yet relayed: the store marks the document for the relay when there are any. */
    public List<OutboxEvent> pendingEvents() {
        return outbox.stream().filter(e -> !e.isPublished()).toList();
    }

    /** The case as plain data, with the version the store will check on save. */
    public CaseSnapshot snapshot() {
        return new CaseSnapshot(s.id(), s.version(), s.itemCode(), s.itemVersion(), s.itemName(), s.itemClass(),
                s.chain(), s.statutoryDays(), s.promisedDays(), s.required(), s.division(), s.department(),
                s.departmentName(), s.applicantSubject(), s.agentSubject(), s.mandateId(), s.filerSubject(),
                s.idempotencyKey(), s.fingerprint(), s.state(), s.resumeState(), s.number(), s.noticeNumber(),
                List.copyOf(materials.values()), transitions, notices, tolerated, opinions, s.decision(), pauses,
                s.acceptedOn(), s.promisedDue(), s.statutoryDue(), s.createdAt(), s.submittedAt(), outbox,
                outbox.stream().anyMatch(e -> !e.isPublished()), tasks, s.deemedConsent(), s.deemedConsentBasis(),
                deemedDue(), s.greenChannel(), s.greenChannelBasis(), s.responsibleOfficer(), s.reportedTo(),
                s.reportedToDepartment(), s.creditCheck(), s.credit(), creditFeedback,
                creditFeedback.stream().anyMatch(f -> !f.isSent()), s.delivery(), deadlineChanges);
    }

    /** The earliest deadline of an open task that silence would approve: what the deemed-consent sweep looks for. */
    private @Nullable LocalDate deemedDue() {
        if (!s.deemedConsent() || s.state() != CaseState.UNDER_REVIEW) {
            return null;
        }
        return tasks.stream().filter(JointTask::isOpen).map(JointTask::dueOn).min(LocalDate::compareTo).orElse(null);
    }

    // A small builder so that each change names only the fields it touches.
    private static CaseSnapshot with(CaseSnapshot from, java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(from);
        change.accept(b);
        return b.build();
    }

    private static final class Builder {
        private final CaseSnapshot f;
        CaseState state;
        @Nullable CaseState resumeState;
        @Nullable String number;
        @Nullable String noticeNumber;
        @Nullable Decision decision;
        @Nullable LocalDate acceptedOn;
        @Nullable LocalDate promisedDue;
        @Nullable LocalDate statutoryDue;
        @Nullable Instant submittedAt;
        List<StaffRole> chain;
        boolean greenChannel;
        @Nullable String greenChannelBasis;
        @Nullable String responsibleOfficer;
        @Nullable String reportedTo;
        @Nullable String reportedToDepartment;
        CreditStatus creditCheck;
        @Nullable CreditRecord credit;
        @Nullable Delivery delivery;

        Builder(CaseSnapshot f) {
            this.f = f;
            state = f.state();
            resumeState = f.resumeState();
            number = f.number();
            noticeNumber = f.noticeNumber();
            decision = f.decision();
            acceptedOn = f.acceptedOn();
            promisedDue = f.promisedDue();
            statutoryDue = f.statutoryDue();
            submittedAt = f.submittedAt();
            chain = f.chain();
            greenChannel = f.greenChannel();
            greenChannelBasis = f.greenChannelBasis();
            responsibleOfficer = f.responsibleOfficer();
            reportedTo = f.reportedTo();
            reportedToDepartment = f.reportedToDepartment();
            creditCheck = f.creditCheck();
            credit = f.credit();
            delivery = f.delivery();
        }

        CaseSnapshot build() {
            return new CaseSnapshot(f.id(), f.version(), f.itemCode(), f.itemVersion(), f.itemName(), f.itemClass(),
                    chain, f.statutoryDays(), f.promisedDays(), f.required(), f.division(), f.department(),
                    f.departmentName(), f.applicantSubject(), f.agentSubject(), f.mandateId(), f.filerSubject(),
                    f.idempotencyKey(), f.fingerprint(), state, resumeState, number, noticeNumber, f.materials(),
                    f.transitions(), f.notices(), f.tolerated(), f.opinions(), decision, f.pauses(), acceptedOn,
                    promisedDue, statutoryDue, f.createdAt(), submittedAt, f.outbox(), f.outboxPending(), f.tasks(),
                    f.deemedConsent(), f.deemedConsentBasis(), f.deemedDue(), greenChannel, greenChannelBasis,
                    responsibleOfficer, reportedTo, reportedToDepartment, creditCheck, credit, f.creditFeedback(),
                    f.creditFeedbackPending(), delivery, f.deadlineChanges());
        }
    }
}
