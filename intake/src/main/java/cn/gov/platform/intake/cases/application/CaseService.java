package cn.gov.platform.intake.cases.application;

import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.AcceptanceTerms;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.ApprovalRule;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.Defect;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.FileType;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.NoticeNumber;
import cn.gov.platform.intake.cases.domain.OutboxEvent;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.cases.domain.ToleratedMaterial;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case use cases. Each loads the case, checks who may act (object-level), lets the aggregate
 * change itself, and saves it with its events in one document write; nothing is stored when any
 * step refuses. Every use case is timed and every business event counted.
 */
public class CaseService {

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Set<String> APPLICANT_ROLES = Set.of("citizen", "enterprise");
    private static final int NUMBER_RETRIES = 3;

    /** The limits a material file must respect; {@code maxBytes} is per file. */
    public record FileLimits(long maxBytes, Set<FileType> allowed) {
    }

    /** A filing's outcome: the case, and whether this request created it or a retry found it. */
    public record Filed(Case filed, boolean created) {
    }

    private final CaseStore store;
    private final CatalogueService catalogue;
    private final CaseAccess access;
    private final Mandates mandates;
    private final NumberSeries numbers;
    private final MaterialStorage files;
    private final CertificateReferences certificates;
    private final CreditChecks credit;
    private final DeadlineClock clock;
    private final AcceptancePolicy acceptance;
    private final List<ApprovalRule> approval;
    private final FileLimits limits;
    private final Clock time;
    private final MeterRegistry meters;

    public CaseService(CaseStore store, CatalogueService catalogue, CaseAccess access, Mandates mandates,
            NumberSeries numbers, MaterialStorage files, CertificateReferences certificates, CreditChecks credit,
            DeadlineClock clock, AcceptancePolicy acceptance, List<ApprovalRule> approval, FileLimits limits,
            Clock time, MeterRegistry meters) {
        this.store = store;
        this.catalogue = catalogue;
        this.access = access;
        this.mandates = mandates;
        this.numbers = numbers;
        this.files = files;
        this.certificates = certificates;
        this.credit = credit;
        this.clock = clock;
        this.acceptance = acceptance;
        this.approval = List.copyOf(approval);
        this.limits = limits;
        this.time = time;
        this.meters = meters;
    }

    // --- applicant side -------------------------------------------------------------------------

    /**
     * Files a case, as a draft or submitted at once. A retry with the same Idempotency-Key returns
     * the case the first attempt created; the same key with a different request is refused.
     */
    public Filed file(Caller caller, FileRequest request, @Nullable String idempotencyKey) {
        return timed("file", () -> {
            String key = requireKey(idempotencyKey);
            String fingerprint = sha256(request.canonical().getBytes(StandardCharsets.UTF_8));
            // No read before the write: the case id is derived from filer and key, so the store's
            // primary key refuses a second case and a retry is recognised when its insert is refused.
            // (On the embedded store a read per submission cost more than half the request's time.)
            Filing filing = filingFor(caller, request, key, fingerprint);
            ServiceItem item = catalogue.guide(request.itemCode());
            Implementation where = handlingPlace(item, request);
            Instant now = time.instant();
            boolean agent = filing.agentSubject() != null;
            Actor by = new Actor(caller.subject(), caller.username(), agent ? ActorRole.AGENT : ActorRole.APPLICANT);
            Case c = Case.draft(CaseId.forSubmission(caller.subject(), key), item, where, filing, by, now);
            for (FileRequest.CertificateMaterial m : request.certificates()) {
                attachCertificate(c, filing.applicantSubject(), item, m, now);
            }
            if (request.submit()) {
                submitChecked(c, by, item, now);
            }
            if (!store.insert(c)) {
                // A retry, or a concurrent twin that got there first: answer with what is stored.
                return retried(store.findByKey(caller.subject(), key).orElseThrow(), fingerprint);
            }
            countEvents(c);
            return new Filed(c, true);
        });
    }

    private Filed retried(Case earlier, String fingerprint) {
        if (!earlier.snapshot().fingerprint().equals(fingerprint)) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED",
                    "该 Idempotency-Key 已用于另一份申请，请为新的申请使用新的键。",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    "Idempotency-Key");
        }
        meters.counter("intake.cases.retries").increment();
        return new Filed(earlier, false);
    }

    private Filing filingFor(Caller caller, FileRequest request, String key, String fingerprint) {
        if (caller.hasRole("agent")) {
            String principal = request.principalSubject();
            if (principal == null || principal.isBlank() || principal.equals(caller.subject())) {
                throw DomainViolation.invalid("principalSubject", "PRINCIPAL_REQUIRED",
                        "代办须写明被代办人。", "An agent files for a principal: name them.");
            }
            Mandates.MandateAnswer answer = mandates.check(caller.subject(), principal, request.itemCode());
            if (!answer.allowed()) {
                meters.counter("intake.cases.agent-refused").increment();
                throw DomainViolation.rule("MANDATE_REQUIRED",
                        "没有被代办人对该事项的有效授权，不能代办" + reasonSuffix(answer.reason()) + "。",
                        "There is no valid consent of the principal for this item, so the agent cannot file"
                                + reasonSuffixEn(answer.reason()) + ".", "principalSubject");
            }
            return new Filing(principal, caller.subject(), answer.mandateId(), key, fingerprint);
        }
        if (APPLICANT_ROLES.stream().noneMatch(caller::hasRole)) {
            throw DomainViolation.rule("APPLICANT_ROLE_REQUIRED", "只有自然人、法人或代办员可以提交申请。",
                    "Only citizens, enterprises and village agents file applications.", null);
        }
        if (request.principalSubject() != null && !request.principalSubject().equals(caller.subject())) {
            throw DomainViolation.rule("MANDATE_REQUIRED", "只有代办员可以为他人申请。",
                    "Only a village agent may file for someone else.", "principalSubject");
        }
        return new Filing(caller.subject(), null, null, key, fingerprint);
    }

    private static String reasonSuffix(@Nullable String reason) {
        return reason == null ? "" : "（" + reason + "）";
    }

    private static String reasonSuffixEn(@Nullable String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    /** INT-7: a request received where the item is not handled is answered with where it is. */
    private static Implementation handlingPlace(ServiceItem item, FileRequest request) {
        DivisionCode division = DivisionCode.of(request.division());
        return item.implementationAt(division, request.department()).orElseThrow(() -> {
            String zh = item.implementations().stream().map(i -> i.divisionName() + i.departmentName() + "（地址："
                    + i.address() + "，电话：" + i.contact() + "）").collect(Collectors.joining("；"));
            String en = item.implementations().stream().map(i -> i.departmentName() + " at " + i.divisionName()
                    + " (" + i.address() + ", " + i.contact() + ")").collect(Collectors.joining("; "));
            return new DomainViolation(DomainViolation.Kind.RULE, "ITEM_NOT_HANDLED_HERE",
                    Message.of("事项“" + item.name() + "”不在此处办理，请到：" + zh + "。",
                            "Item \"" + item.name() + "\" is not handled here; it is handled by: " + en + "."),
                    "division", List.of());
        });
    }

    private void attachCertificate(Case c, String holder, ServiceItem item, FileRequest.CertificateMaterial m,
            Instant at) {
        c.attachCertificate(m.materialCode(), m.certificateNumber(), false, at);
        String type = item.material(m.materialCode()).map(r -> r.certificateType()).orElseThrow();
        CertificateReferences.Resolution resolution = certificates.resolve(m.certificateNumber(), type, holder);
        if (resolution == CertificateReferences.Resolution.VALID) {
            c.attachCertificate(m.materialCode(), m.certificateNumber(), true, at);
        }
        if (resolution == CertificateReferences.Resolution.INVALID) {
            throw DomainViolation.rule("CERTIFICATE_NOT_VALID", "电子证照 " + m.certificateNumber() + " 无效或不属于申请人。",
                    "E-certificate " + m.certificateNumber() + " is not valid or not the applicant's.",
                    "materials." + m.materialCode());
        }
    }

    private void submitChecked(Case c, Actor by, ServiceItem item, Instant at) {
        // The credit check runs at acceptance, with the case id, where its answer changes something.
        c.submit(by, at);
    }

    public Case attachFile(Caller caller, String id, String materialCode, String fileName, byte[] content,
            @Nullable String declaredType) {
        return timed("attach-file", () -> {
            if (content.length > limits.maxBytes()) {
                throw DomainViolation.invalid("file", "FILE_TOO_LARGE",
                        "文件过大：每个文件不超过 " + limits.maxBytes() / (1024 * 1024) + " MiB。",
                        "The file is too large: at most " + limits.maxBytes() / (1024 * 1024) + " MiB per file.");
            }
            FileType type = FileType.detect(content).filter(limits.allowed()::contains).orElseThrow(() ->
                    DomainViolation.invalid("file", "FILE_TYPE_NOT_ALLOWED", "只接受 PDF、JPEG 或 PNG 文件。",
                            "Only PDF, JPEG or PNG files are accepted."));
            if (declaredType != null && !declaredType.isBlank() && !declaredType.startsWith("application/octet-stream")
                    && !declaredType.startsWith(type.mediaType())) {
                throw DomainViolation.invalid("file", "FILE_TYPE_MISMATCH", "文件内容与声明的类型不符。",
                        "The file's content does not match its declared type.");
            }
            Case c = load(id);
            access.applicant(caller, c);
            Instant now = time.instant();
            // Checked before the file is stored, so a refused material leaves nothing behind.
            c.ensureCanSupply(materialCode);
            StoredFile stored = files.store(id, materialCode, safeName(fileName), type, content, sha256(content));
            c.attachUpload(materialCode, stored, now);
            try {
                store.save(c);
            } catch (RuntimeException e) {
                files.delete(stored.id());
                throw e instanceof CaseStore.ConcurrentChange ? concurrent() : e;
            }
            return c;
        });
    }

    public Case attachCertificate(Caller caller, String id, String materialCode, String certificateNumber) {
        return change("attach-certificate", id, c -> {
            access.applicant(caller, c);
            ServiceItem item = catalogue.version(c.snapshot().itemCode(), c.snapshot().itemVersion());
            attachCertificate(c, c.snapshot().applicantSubject(), item,
                    new FileRequest.CertificateMaterial(materialCode, certificateNumber), time.instant());
        });
    }

    public Case submit(Caller caller, String id) {
        return change("submit", id, c -> {
            Actor by = access.applicant(caller, c);
            ServiceItem item = catalogue.version(c.snapshot().itemCode(), c.snapshot().itemVersion());
            submitChecked(c, by, item, time.instant());
        });
    }

    public Case resubmit(Caller caller, String id) {
        return change("resubmit", id, c -> c.resubmit(access.applicant(caller, c), clock, time.instant()));
    }

    public Case withdraw(Caller caller, String id, String reason) {
        return change("withdraw", id, c -> c.withdraw(access.applicant(caller, c), reason, time.instant()));
    }

    // --- staff side -----------------------------------------------------------------------------

    public Case accept(Caller caller, String id, List<ToleratedMaterial> tolerated) {
        return change("accept", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            if (c.state() != CaseState.SUBMITTED) {
                // Refused by the aggregate with its usual answer, without asking credit for nothing.
                c.accept(by, acceptanceNumber(c), tolerated, acceptance, clock, time.instant());
                return;
            }
            c.accept(by, acceptanceNumber(c), tolerated, acceptance, clock, time.instant(), termsFor(c));
        });
    }

    /** Not accepted, in writing; a black-list REFUSE measure found by the check is cited and fed back. */
    public Case refuse(Caller caller, String id, String reason, @Nullable String legalBasis, List<Defect> defects) {
        return change("refuse", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            CreditChecks.Outcome outcome = c.state() == CaseState.SUBMITTED ? checkCredit(c, CreditChecks.Stage.ACCEPTANCE)
                    : CreditChecks.Outcome.unavailable();
            c.refuse(by, noticeNumber(c), reason, legalBasis, defects, outcome.record(), time.instant());
        });
    }

    /** The credit answer, the joint departments and the upward department that acceptance needs. */
    private AcceptanceTerms termsFor(Case c) {
        CaseSnapshot s = c.snapshot();
        ServiceItem item = catalogue.version(s.itemCode(), s.itemVersion());
        CreditChecks.Outcome outcome = checkCredit(c, CreditChecks.Stage.ACCEPTANCE);
        String upward = item.itemClass() == ItemClass.REPORTED_UPWARD
                && DivisionCode.of(s.division()).parentWithin(DivisionCode.Level.COUNTY).isPresent() ? item.reportedToDepartment() : null;
        return new AcceptanceTerms(outcome.available() ? CreditStatus.CHECKED : CreditStatus.PENDING, outcome.record(),
                item.itemClass() == ItemClass.JOINT ? item.jointDepartments() : List.of(), upward);
    }

    private CreditChecks.Outcome checkCredit(Case c, CreditChecks.Stage stage) {
        CaseSnapshot s = c.snapshot();
        CreditChecks.Outcome outcome = credit.check(s.applicantSubject(), s.itemCode(), s.id(), stage);
        meters.counter("intake.cases.credit-checks", "stage", stage.name(), "standing", outcome.standing()).increment();
        return outcome;
    }

    /**
     * Before a decision on a case whose check could not be made at acceptance: check again (stage
     * DECISION) and keep the answer. If credit still cannot answer, the decision is then refused
     * with CREDIT_CHECK_PENDING by the aggregate; nothing is skipped.
     */
    private void recheckCredit(String id, @Nullable Caller caller) {
        Case c = load(id);
        if (c.snapshot().creditCheck() != CreditStatus.PENDING || !c.state().isAccepted()) {
            return;
        }
        if (caller != null) {
            access.requireView(caller, c);
        }
        CreditChecks.Outcome outcome = checkCredit(c, CreditChecks.Stage.DECISION);
        if (outcome.available()) {
            c.recordDecisionCheck(outcome.record(), time.instant());
            try {
                store.save(c);
            } catch (CaseStore.ConcurrentChange e) {
                // Someone else changed the case meanwhile (perhaps recorded a check): the next step reloads it.
            }
        }
    }

    public Case requestSupplement(Caller caller, String id, List<Defect> defects, String note) {
        return change("request-supplement", id, c -> {
            StaffRole role = c.state() == CaseState.UNDER_REVIEW ? c.awaitedRole() : StaffRole.HANDLER;
            c.requestSupplement(access.staff(caller, c, role), defects, note, time.instant());
        });
    }

    /** The next step of the decision chain, taken by whoever holds the role the case awaits. */
    public Case opinion(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        recheckCredit(id, caller);
        return change("opinion", id, c -> {
            StaffRole awaited = c.awaitedRole();
            StaffRole own = CaseAccess.staffRoleOf(caller).orElse(StaffRole.HANDLER);
            if (awaited == null || !c.state().isAccepted() || !caller.hasRole(awaited.realmRole())) {
                // Checked as the caller's own role first, so that outsiders still get 404.
                access.staff(caller, c, own);
                if (awaited != null && c.state().isAccepted()) {
                    throw DomainViolation.conflict("NOT_YOUR_STEP", "办件当前等待" + awaited.chinese() + "处理。",
                            "The case is waiting for the " + awaited.name().toLowerCase() + ".");
                }
                throw DomainViolation.conflict("INVALID_TRANSITION", "办件当前状态不能审查或决定。",
                        "The case is not in a state that can be reviewed or decided.");
            }
            c.recordOpinion(access.staff(caller, c, awaited), awaited, verdict, reasons, legalBasis, approval, clock,
                    time.instant());
        });
    }

    public Case decideAtWindow(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        return change("decide-at-window", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            if (c.state() != CaseState.SUBMITTED) {
                c.decideAtWindow(by, acceptanceNumber(c), verdict, reasons, legalBasis, acceptance, approval, clock,
                        time.instant());
                return;
            }
            c.decideAtWindow(by, acceptanceNumber(c), verdict, reasons, legalBasis, acceptance, approval, clock,
                    time.instant(), termsFor(c));
        });
    }

    // --- joint approval, reporting upward, green channel, delivery (issue 8) ----------------------

    /** A joint department's decision on its own task, by that department's approver (IDN-3). */
    public Case decideTask(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        recheckCredit(id, caller);
        return change("decide-task", id, c -> c.decideTask(access.taskStaff(caller, c), caller.department(), verdict,
                reasons, legalBasis, approval, clock, time.instant()));
    }

    /**
     * Deemed consent (超时默认) for one case: every task past due on an item that allows it is
     * recorded as approved by the system. Exactly once per task across instances: the case is saved
     * with a compare-and-set on its version, so of two instances that read it only one records
     * anything; the other sees a concurrent change and leaves it to the winner. Returns the number
     * of tasks deemed approved here (0 when there were none, the race was lost, or the case cannot
     * be decided yet, in which case its tasks stay open and the next round tries again).
     */
    public int deemDue(String id) {
        LocalDate today = today();
        try {
            Case c = load(id);
            if (c.snapshot().creditCheck() == CreditStatus.PENDING) {
                recheckCredit(id, null);
                c = load(id);
            }
            int before = c.pendingEvents().size();
            List<JointTask> done = c.deemDueTasks(today, approval, clock, time.instant());
            if (done.isEmpty()) {
                return 0;
            }
            store.save(c);
            c.pendingEvents().stream().skip(before).forEach(this::count);
            meters.counter("intake.cases.deemed-approvals").increment(done.size());
            return done.size();
        } catch (CaseStore.ConcurrentChange e) {
            meters.counter("intake.cases.deemed-approvals.lost-race").increment();
            return 0;
        } catch (DomainViolation e) {
            log.info("Deemed consent deferred for case {}: {}", id, e.code());
            meters.counter("intake.cases.deemed-approvals.deferred", "reason", e.code()).increment();
            return 0;
        }
    }

    /** Ids of cases with a task due for deemed consent today, for the sweep. */
    public List<String> dueForDeemedConsent(int limit) {
        return store.dueForDeemedConsent(today(), limit);
    }

    /** Sends the case to the department of the next higher division (上报件). */
    public Case reportUpward(Caller caller, String id, String department, String reason) {
        return change("report-upward", id, c -> c.reportUpward(access.staff(caller, c, ownRole(caller)), department,
                reason, time.instant()));
    }

    /** Green channel for a major project, with the responsible officer (INT-8). */
    public Case greenChannel(Caller caller, String id, String responsibleOfficer, String reason) {
        return change("green-channel", id, c -> c.greenChannel(access.staff(caller, c, ownRole(caller)),
                responsibleOfficer, reason, time.instant()));
    }

    /** How the result is delivered (INT-12), recorded by the window. */
    public Case recordDelivery(Caller caller, String id, Delivery.Method method, @Nullable String address,
            @Nullable String courier, @Nullable String trackingNumber) {
        return change("delivery", id, c -> c.recordDelivery(access.staff(caller, c, StaffRole.HANDLER), method,
                address, courier, trackingNumber, time.instant()));
    }

    private static StaffRole ownRole(Caller caller) {
        return CaseAccess.staffRoleOf(caller).orElse(StaffRole.HANDLER);
    }

    public Case close(Caller caller, String id) {
        return change("close", id, c -> c.close(access.staff(caller, c, StaffRole.HANDLER), time.instant()));
    }

    // --- reading --------------------------------------------------------------------------------

    public Case view(Caller caller, String id) {
        Case c = load(id);
        access.requireView(caller, c);
        return c;
    }

    public List<CaseSnapshot> mine(Caller caller) {
        return store.ofApplicant(caller.subject(), 100);
    }

    /** The staff member's queue: cases of their department at their division, confirmed by identity. */
    public List<CaseSnapshot> workbench(Caller caller, @Nullable CaseState state) {
        StaffRole role = CaseAccess.staffRoleOf(caller).orElseThrow(() -> DomainViolation.rule("STAFF_ROLE_REQUIRED",
                "工作台仅供工作人员使用。", "The workbench is for staff.", null));
        if (caller.division() == null || caller.department() == null
                || !accessStaff(caller, role)) {
            throw DomainViolation.rule("STAFF_ROLE_REQUIRED", "您在本部门没有经办权限。",
                    "You hold no staff role in this department.", null);
        }
        return store.handledBy(caller.division(), caller.department(), state, 200);
    }

    private boolean accessStaff(Caller caller, StaffRole role) {
        return access.staffHolds(caller, role);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(time.instant(), Case.ZONE);
    }

    public DeadlineClock clock() {
        return clock;
    }

    // --- internals ------------------------------------------------------------------------------

    private Supplier<CaseNumber> acceptanceNumber(Case c) {
        return () -> {
            int year = today().getYear();
            String county = DivisionCode.of(c.snapshot().division()).county();
            return CaseNumber.of(county, year, numbers.next(NumberSeries.ACCEPTED, county, year));
        };
    }

    private Supplier<NoticeNumber> noticeNumber(Case c) {
        return () -> {
            int year = today().getYear();
            String county = DivisionCode.of(c.snapshot().division()).county();
            return NoticeNumber.of(county, year, numbers.next(NumberSeries.NOT_ACCEPTED, county, year));
        };
    }

    /**
     * Load, change, save. A clash on a number means the counter was reset (Redis lost its data):
     * the series is moved past the highest number in the store and the change is tried again.
     */
    private Case change(String useCase, String id, java.util.function.Consumer<Case> mutation) {
        return timed(useCase, () -> {
            for (int attempt = 1; ; attempt++) {
                Case c = load(id);
                int before = c.pendingEvents().size();
                mutation.accept(c);
                try {
                    store.save(c);
                } catch (CaseStore.ConcurrentChange e) {
                    throw concurrent();
                } catch (CaseStore.NumberTaken e) {
                    if (attempt >= NUMBER_RETRIES) {
                        throw e;
                    }
                    resync(e.field(), c);
                    continue;
                }
                c.pendingEvents().stream().skip(before).forEach(this::count);
                return c;
            }
        });
    }

    private void resync(String series, Case c) {
        int year = today().getYear();
        String county = DivisionCode.of(c.snapshot().division()).county();
        String prefix = county + "-" + "%04d".formatted(year) + "-";
        numbers.atLeast(series, county, year, store.highestSerial(series, prefix));
        meters.counter("intake.cases.number-resyncs", "series", series).increment();
    }

    private Case load(String id) {
        return store.find(new CaseId(id)).orElseThrow(CaseAccess::notFound);
    }

    private static DomainViolation concurrent() {
        return DomainViolation.conflict("CONCURRENT_CHANGE", "办件刚被他人修改，请刷新后重试。",
                "The case was changed a moment ago; reload it and try again.");
    }

    private void countEvents(Case c) {
        c.pendingEvents().forEach(this::count);
    }

    private void count(OutboxEvent e) {
        meters.counter("intake.cases.events", "type", e.type(), "division", e.division()).increment();
    }

    private <T> T timed(String useCase, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            return work.get();
        } catch (RuntimeException e) {
            outcome = e instanceof DomainViolation v ? v.code() : e.getClass().getSimpleName();
            throw e;
        } finally {
            sample.stop(meters.timer("intake.cases.use-case", "use-case", useCase, "outcome", outcome));
        }
    }

    private static String requireKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            throw DomainViolation.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "提交申请须带 Idempotency-Key 请求头，重试时使用同一个值。",
                    "Submitting requires an Idempotency-Key header; reuse the same value when retrying.");
        }
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key 须为 8 到 128 个字母、数字或 ._:- 字符。",
                    "An Idempotency-Key is 8 to 128 letters, digits or ._:- characters.");
        }
        return key;
    }

    private static String safeName(String name) {
        String plain = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return plain.length() > 120 ? plain.substring(plain.length() - 120) : plain;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
