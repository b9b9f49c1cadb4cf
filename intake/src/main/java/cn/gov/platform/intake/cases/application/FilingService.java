package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.FileType;
import cn.gov.platform.intake.cases.domain.ReferenceResolution;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's side of a case (citizens, enterprises, and village agents filing for a principal,
 * INT-10): filing, materials (uploads and e-certificates, CAT-3), submitting, supplementing, withdrawing.
 * Each acts only on the caller's own cases.
 */
public class FilingService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Set<String> APPLICANT_ROLES = Set.of("citizen", "enterprise");

    /** The limits a material file must respect; {@code maxBytes} is per file. */
    public record FileLimits(long maxBytes, Set<FileType> allowed) {
    }

    /** A filing's outcome: the case, and whether this request created it or a retry found it. */
    public record Filed(Case filed, boolean created) {
    }

    private final CaseChanges changes;
    private final CatalogueService catalogue;
    private final CaseAccess access;
    private final Mandates mandates;
    private final MaterialStorage files;
    private final CertificateReferences certificates;
    private final MaterialChecks checks;
    private final DeadlineClock clock;
    private final FileLimits limits;
    private final MeterRegistry meters;

    public FilingService(CaseChanges changes, CatalogueService catalogue, CaseAccess access, Mandates mandates,
            MaterialStorage files, CertificateReferences certificates, MaterialChecks checks, DeadlineClock clock,
            FileLimits limits, MeterRegistry meters) {
        this.changes = changes;
        this.catalogue = catalogue;
        this.access = access;
        this.mandates = mandates;
        this.files = files;
        this.certificates = certificates;
        this.checks = checks;
        this.clock = clock;
        this.limits = limits;
        this.meters = meters;
    }

    /**
     * Files a case, as a draft or submitted at once. A retry with the same Idempotency-Key returns
     * the case the first attempt created; the same key with a different request is refused.
     */
    public Filed file(Caller caller, FileRequest request, @Nullable String idempotencyKey) {
        return file(caller, null, request, idempotencyKey);
    }

    /**
     * As above; acting for an enterprise (issue 18) the case is the enterprise's: its applicant is the
     * enterprise, the person who filed is recorded with it, and a viewer may not file (403).
     */
    public Filed file(Caller caller, @Nullable EnterpriseMember acting, FileRequest request, @Nullable String idempotencyKey) {
        return changes.timed("file", () -> {
            String key = requireKey(idempotencyKey);
            String fingerprint = sha256(request.canonical().getBytes(StandardCharsets.UTF_8));
            // No read before the write: the case id is derived from filer and key, so the store's
            // primary key refuses a second case and a retry is recognised when its insert is refused.
            // (On the embedded store a read per submission cost more than half the request's time.)
            Filing filing = acting == null ? filingFor(caller, request, key, fingerprint)
                    : enterpriseFiling(caller, acting, request, key, fingerprint);
            ServiceItem item = catalogue.guide(request.itemCode());
            Implementation where = handlingPlace(item, request);
            Instant now = changes.now();
            Actor by = acting != null ? new Actor(caller.subject(), caller.username(), ActorRole.APPLICANT, EnterpriseActing.enterprise(acting))
                    : new Actor(caller.subject(), caller.username(),
                            filing.agentSubject() != null ? ActorRole.AGENT : ActorRole.APPLICANT);
            Case c = Case.draft(CaseId.forSubmission(caller.subject(), key), item, where, filing, by, now);
            for (FileRequest.CertificateMaterial m : request.certificates()) {
                attachCertificate(c, filing.applicantSubject(), item, m, now);
            }
            // Other departments' records are fetched, never demanded (CAT-3).
            checks.fetchRecords(c, now);
            if (request.submit()) {
                // The credit check runs at acceptance, with the case id, where its answer changes something.
                c.submit(by, now);
            }
            if (!changes.insert(c)) {
                // A retry, or a concurrent twin that got there first: answer with what is stored.
                return retried(changes.findByKey(caller.subject(), key).orElseThrow(), fingerprint);
            }
            return new Filed(c, true);
        });
    }

    private Filed retried(Case earlier, String fingerprint) {
        if (!earlier.snapshot().filing().fingerprint().equals(fingerprint)) {
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
            return Filing.byAgent(principal, answer.principalName(), caller.subject(), answer.mandateId(), key,
                    fingerprint);
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

    private static Filing enterpriseFiling(Caller caller, EnterpriseMember acting, FileRequest request, String key,
            String fingerprint) {
        EnterpriseActing.requireFiling(acting);
        if (request.principalSubject() != null && !request.principalSubject().isBlank()) {
            throw DomainViolation.invalid("principalSubject", "PRINCIPAL_NOT_WITH_ENTERPRISE",
                    "代表企业申请时不能同时代办他人。", "Acting for an enterprise, one does not also file for a principal.");
        }
        return Filing.forEnterprise(EnterpriseActing.enterprise(acting), caller.subject(), key, fingerprint);
    }

    private static String reasonSuffix(@Nullable String reason) {
        return reason == null ? "" : "（" + reason + "）";
    }

    private static String reasonSuffixEn(@Nullable String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    /** INT-7: a request received where the item is not handled is answered with where it is. */
    static Implementation handlingPlace(ServiceItem item, FileRequest request) {
        DivisionCode division = DivisionCode.of(request.division());
        return item.implementationAt(division, request.department()).orElseThrow(() -> {
            String zh = item.implementations().stream().map(i -> i.divisionName() + i.departmentName() + "（地址："
                    + i.address() + "，电话：" + i.contact() + "）").collect(Collectors.joining("；"));
            String en = item.implementations().stream().map(i -> i.departmentEnglishName() + ", "
                    + i.divisionEnglishName() + " (" + i.englishAddress() + ", " + i.contact() + ")")
                    .collect(Collectors.joining("; "));
            return new DomainViolation(DomainViolation.Kind.RULE, "ITEM_NOT_HANDLED_HERE",
                    Message.of("事项“" + item.name() + "”不在此处办理，请到：" + zh + "。",
                            "\"" + item.englishName() + "\" is not handled here; it is handled by: " + en + "."),
                    "division", List.of());
        });
    }

    /**
     * Checked by the case first (a material an e-certificate may stand in for, a number of sensible
     * length), then by the registry: refused at filing when the registry refutes it or does not know a
     * number of a type it issues; pending when it cannot be reached (CAT-3).
     */
    private void attachCertificate(Case c, String holder, ServiceItem item, FileRequest.CertificateMaterial m,
            Instant at) {
        c.ensureCanReference(m.materialCode(), m.certificateNumber());
        String type = item.material(m.materialCode()).map(r -> r.certificateType()).orElseThrow();
        ReferenceResolution resolution = certificates.resolve(m.certificateNumber(), type, holder);
        meters.counter("intake.materials.references", "outcome", resolution.name()).increment();
        c.attachCertificate(m.materialCode(), m.certificateNumber(), resolution, at);
    }

    /** Uploads the file of one material (PDF, JPEG or PNG, recognised by content); a refused material stores nothing. */
    public Case attachFile(Caller caller, String id, String materialCode, String fileName, byte[] content,
            @Nullable String declaredType) {
        return attachFile(caller, null, id, materialCode, fileName, content, declaredType);
    }

    public Case attachFile(Caller caller, @Nullable EnterpriseMember acting, String id, String materialCode, String fileName,
            byte[] content, @Nullable String declaredType) {
        return changes.timed("attach-file", () -> {
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
            Case c = changes.load(id);
            access.applicant(caller, acting, c);
            // Checked before the file is stored, so a refused material leaves nothing behind.
            c.ensureCanSupply(materialCode);
            StoredFile stored = files.store(id, materialCode, safeName(fileName), type, content, sha256(content));
            c.attachUpload(materialCode, stored, changes.now());
            try {
                changes.save(c, c.pendingEvents().size());
            } catch (RuntimeException e) {
                files.delete(stored.id());
                throw e instanceof CaseStore.ConcurrentChange ? CaseChanges.concurrent() : e;
            }
            return c;
        });
    }

    public Case attachCertificate(Caller caller, String id, String materialCode, String certificateNumber) {
        return attachCertificate(caller, null, id, materialCode, certificateNumber);
    }

    public Case attachCertificate(Caller caller, @Nullable EnterpriseMember acting, String id, String materialCode,
            String certificateNumber) {
        return changes.change("attach-certificate", id, c -> {
            access.applicant(caller, acting, c);
            ServiceItem item = catalogue.version(c.snapshot().item().code(), c.snapshot().item().version());
            attachCertificate(c, c.snapshot().filing().applicantSubject(), item,
                    new FileRequest.CertificateMaterial(materialCode, certificateNumber), changes.now());
        });
    }

    public Case submit(Caller caller, String id) {
        return submit(caller, null, id);
    }

    public Case submit(Caller caller, @Nullable EnterpriseMember acting, String id) {
        return changes.change("submit", id, c -> {
            var by = access.applicant(caller, acting, c);
            checks.askFor(c, changes.now());
            c.submit(by, changes.now());
        });
    }

    public Case resubmit(Caller caller, String id) {
        return resubmit(caller, null, id);
    }

    public Case resubmit(Caller caller, @Nullable EnterpriseMember acting, String id) {
        return changes.change("resubmit", id, c -> c.resubmit(access.applicant(caller, acting, c), clock, changes.now()));
    }

    public Case withdraw(Caller caller, String id, String reason) {
        return withdraw(caller, null, id, reason);
    }

    public Case withdraw(Caller caller, @Nullable EnterpriseMember acting, String id, String reason) {
        return changes.change("withdraw", id, c -> c.withdraw(access.applicant(caller, acting, c), reason, changes.now()));
    }

    static String requireKey(@Nullable String key) {
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
