package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineClock;
import cn.gov.platform.intake.calendar.domain.Pause;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.common.domain.DomainViolation;
import cn.gov.platform.support.problem.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The case aggregate (办件). It guards every transition through {@link CaseState}, records who did
 * what in which capacity (INT-9), writes an event for each change into its own outbox, and keeps
 * the deadline on the working-day calendar with the clock stopped while the applicant
 * supplements. Nothing outside changes a case except through these methods.
 */
public final class Case {

    /** Dates of acts are dates in China: a case accepted at 23:30 UTC was accepted the next morning in Tongxin. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
                null, null, CreditStatus.NOT_CHECKED, null, List.of(), false, null);
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
    public void attachCertificate(String materialCode, String certificateNumber, Instant at) {
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
        materials.put(materialCode, MaterialEntry.certificate(materialCode, material.name(), certificateNumber, at));
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
            // The clock starts again: the due date moves by the working days it stood still.
            closePause(at);
            recomputeDeadlines(clock, dateOf(at));
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
        CaseState target = tolerating.isEmpty() ? CaseState.ACCEPTED : CaseState.ACCEPTED_WITH_TOLERANCE;
        requireTransition(target);
        LocalDate today = dateOf(at);
        DeadlineClock.Deadline promised = clock.deadline(today, s.promisedDays(), List.of(), today);
        policy.enforce(new AcceptanceCheck(s.required(), materials.keySet(), tolerating, today, promised.due()));
        CaseNumber number = numbers.get();
        move(target, by, at, null);
        tolerated.addAll(tolerating);
        s = with(s, b -> {
            b.number = number.value();
            b.acceptedOn = today;
        });
        recomputeDeadlines(clock, today);
        Map<String, String> payload = new HashMap<>(deadlinePayload());
        if (!tolerating.isEmpty()) {
            payload.put("tolerated", String.join(",", tolerating.stream().map(ToleratedMaterial::materialCode).toList()));
        }
        record("CaseAccepted", at, payload);
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
        if (s.itemClass() != ItemClass.IMMEDIATE) {
            throw DomainViolation.rule("NOT_AN_IMMEDIATE_ITEM", "只有即办件可以当场受理并办结。",
                    "Only immediate items can be accepted and decided in one step at the window.", null);
        }
        requireReason(reasons, "reasons");
        accept(by, numbers, List.of(), policy, clock, at);
        decide(by, new Opinion(StaffRole.HANDLER, by.subject(), by.name(), verdict, reasons, legalBasis, at),
                approvalRules, clock, at);
    }

    private void decide(Actor by, Opinion opinion, List<ApprovalRule> approvalRules, DeadlineClock clock, Instant at) {
        CaseState target = opinion.verdict() == Verdict.APPROVE ? CaseState.APPROVED : CaseState.REJECTED;
        requireTransition(target);
        if (opinion.verdict() == Verdict.APPROVE) {
            for (ApprovalRule rule : approvalRules) {
                RuleResult result = rule.check(tolerated, materials.keySet());
                if (!result.allowed()) {
                    throw DomainViolation.rule(result.code(), result.zh(), result.en(), result.field());
                }
            }
        } else if (opinion.legalBasis() == null || opinion.legalBasis().isBlank()) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED",
                    "不予许可的决定须写明法律依据。", "A refusal must state its legal basis.");
        }
        opinions.add(opinion);
        LocalDate today = dateOf(at);
        recomputeDeadlines(clock, today);
        LocalDate due = s.promisedDue();
        boolean onTime = due == null || !today.isAfter(due);
        move(target, by, at, opinion.reasons());
        Decision decision = new Decision(opinion.verdict(), opinion.reasons(), opinion.legalBasis(), at, due, onTime,
                nameOf(StaffRole.HANDLER), nameOf(StaffRole.REVIEWER), nameOf(StaffRole.APPROVER));
        s = with(s, b -> b.decision = decision);
        Map<String, String> payload = new HashMap<>(Map.of("reasons", opinion.reasons(), "onTime", String.valueOf(onTime)));
        if (opinion.legalBasis() != null) {
            payload.put("legalBasis", opinion.legalBasis());
        }
        record(target == CaseState.APPROVED ? "CaseApproved" : "CaseRejected", at, payload);
    }

    private @Nullable String nameOf(StaffRole role) {
        return opinions.stream().filter(o -> o.role() == role).map(Opinion::actorName).findFirst().orElse(null);
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
                creditFeedback.stream().anyMatch(f -> !f.isSent()), s.delivery());
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
                    f.creditFeedbackPending(), delivery);
        }
    }
}
