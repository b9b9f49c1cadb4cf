package cn.gov.platform.intake.issuance.application;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.support.acting.EnterpriseMember;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.issuance.domain.Issuance;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Certificates for approved cases (CER-1) and certificates shared for a case (CAT-3).
 *
 * <p>An approval reaches this service as a {@code CaseApproved} event. The issuance it opens is
 * the durable record of the work: a worker asks the registry until it answers, with a growing
 * wait while it is unreachable; a refusal of the data waits for staff to correct it. Two instances
 * may try the same issuance at once: the registry answers the second with the same certificate,
 * and the version check lets only one of them record it.
 */
public class IssuanceService {

    private static final Logger log = LoggerFactory.getLogger(IssuanceService.class);

    private final CaseQueries cases;
    private final CatalogueService catalogue;
    private final IssuanceStore store;
    private final CertificateRegistry registry;
    private final Holders holders;
    private final Clock clock;
    private final MeterRegistry meters;

    public IssuanceService(CaseQueries cases, CatalogueService catalogue, IssuanceStore store,
            CertificateRegistry registry, Holders holders, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.store = store;
        this.registry = registry;
        this.holders = holders;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * A case was approved: open its issuance if its item results in a certificate. Safe to call
     * again for the same case (events arrive at least once).
     */
    public void onApproved(String caseId) {
        Optional<CaseRecord> found = cases.find(caseId);
        if (found.isEmpty()) {
            log.warn("CaseApproved for a case this service does not have: {}", caseId);
            return;
        }
        CaseRecord c = found.get();
        if (!c.isApproved()) {
            return;
        }
        String type = certificateTypeOf(c);
        if (type == null) {
            return;
        }
        Instant now = clock.instant();
        Optional<Issuance> existing = store.find(caseId);
        if (existing.isPresent()) {
            if (existing.get().state() == Issuance.State.DRAFT) {
                saveQuietly(existing.get().onApproval(c.number(), now));
            }
            return;
        }
        if (store.insert(Issuance.approved(caseId, c.number(), c.itemCode(), type, c.applicantSubject(),
                c.department(), c.division(), now))) {
            meters.counter("intake.issuance.opened").increment();
        }
    }

    /** One round of the worker: every due issuance is tried once. Returns how many were tried. */
    public int attemptDue(int limit) {
        List<Issuance> due = store.due(clock.instant(), limit);
        due.forEach(this::attempt);
        return due.size();
    }

    /** Staff enter (or correct) the certificate's data for a case of their department. */
    public Issuance enterData(Caller caller, String caseId, Map<String, String> fields) {
        CaseRecord c = cases.actedOnBy(caller, caseId);
        String type = certificateTypeOf(c);
        if (type == null) {
            throw DomainViolation.conflict("NO_CERTIFICATE_FOR_ITEM", "该事项的办理结果不是电子证照。",
                    "This item does not result in an e-certificate.");
        }
        boolean approved = c.isApproved();
        if (!approved && !c.state().isAccepted()) {
            throw DomainViolation.conflict("CASE_NOT_UNDER_REVIEW", "只有已受理或已批准的办件才能填写证照数据。",
                    "Certificate data can be entered only for an accepted or approved case.");
        }
        Instant now = clock.instant();
        Optional<Issuance> existing = store.find(caseId);
        Issuance changed;
        if (existing.isPresent()) {
            changed = store.save(existing.get().withFields(fields, now));
        } else {
            Issuance draft = Issuance.draft(caseId, c.itemCode(), type, c.applicantSubject(), c.department(),
                    c.division(), fields, now);
            Issuance opened = approved ? draft.onApproval(c.number(), now) : draft;
            if (!store.insert(opened)) {
                throw DomainViolation.conflict("CONCURRENT_CHANGE", "证照数据正被他人同时修改，请刷新后重试。",
                        "Someone changed the certificate data at the same time; reload and try again.");
            }
            changed = opened;
        }
        // Approved already: ask the registry now, so staff see the outcome in the answer.
        return changed.state() == Issuance.State.PENDING ? attempt(changed) : changed;
    }

    /** The case's certificate work, for its applicant side or its department's staff. */
    public Issuance view(Caller caller, @Nullable EnterpriseMember acting, String caseId) {
        cases.visibleTo(caller, acting, caseId);
        return store.find(caseId).orElseThrow(() -> DomainViolation.notFound("NO_CERTIFICATE_YET",
                "该办件尚无证照：事项不出具电子证照，或尚未批准。",
                "The case has no certificate: its item does not result in one, or it is not approved yet."));
    }

    /**
     * Staff of the case's department fetch a certificate the applicant named as a material, from
     * the registry instead of asking for a paper copy (CAT-3); the holder must have shared it with
     * the department, and the registry logs the use for the holder to see.
     */
    public CertificateRegistry.Shared sharedMaterial(Caller caller, String caseId, String materialCode) {
        CaseRecord c = cases.actedOnBy(caller, caseId);
        String certificateNumber = c.certificateNumberOf(materialCode).orElseThrow(() -> DomainViolation.notFound(
                "NO_CERTIFICATE_MATERIAL", "该办件的这项材料不是以电子证照提交的。",
                "This material of the case was not given as an e-certificate."));
        try {
            CertificateRegistry.Shared shared = registry.fetchShared(certificateNumber, c.department());
            meters.counter("intake.issuance.shared-fetched").increment();
            return shared;
        } catch (CertificateRegistry.NotShared e) {
            throw DomainViolation.conflict("CERTIFICATE_NOT_SHARED",
                    "申请人尚未向本部门授权使用该电子证照：请申请人在证照夹中授权（部门、用途、期限）。",
                    "The applicant has not shared this e-certificate with your department: ask them to share it "
                            + "from their wallet (department, purpose, period).");
        } catch (CertificateRegistry.Unavailable e) {
            throw registryUnavailable();
        }
    }

    private Issuance attempt(Issuance issuance) {
        Instant now = clock.instant();
        Issuance next;
        try {
            Holders.Holder holder = holders.of(issuance.holderSubject())
                    .forCertificateStating(issuance.statedCreditCode(), issuance.fields().get("name"));
            CertificateRegistry.Outcome outcome = registry.issue(new CertificateRegistry.Request(
                    requireNumber(issuance), issuance.typeCode(), issuance.holderSubject(), holder.kind(),
                    holder.name(), holder.idHash(), holder.creditCode(), issuance.department(), issuance.division(),
                    issuance.dataFor(holder.name(), holder.enterprise(), holder.creditCode(),
                            registry.fieldsOf(issuance.typeCode())), ChinaTime.dateOf(now)));
            next = switch (outcome) {
                case CertificateRegistry.Issued issued -> issuance.issued(issued.number(), now);
                case CertificateRegistry.Refused refused -> issuance.refused(refused.problem(), now);
            };
        } catch (CertificateRegistry.Unavailable e) {
            log.warn("Certificate for case {} postponed (attempt {}): {}", issuance.caseId(), issuance.attempts() + 1,
                    e.getMessage());
            next = issuance.postponed(now);
        }
        meters.counter("intake.issuance.attempts", "outcome", next.state().name()).increment();
        return saveQuietly(next);
    }

    private Issuance saveQuietly(Issuance changed) {
        try {
            return store.save(changed);
        } catch (IssuanceStore.ConcurrentChange e) {
            // Another instance recorded its own attempt first; the registry's answer is the same.
            return store.find(changed.caseId()).orElse(changed);
        }
    }

    private static String requireNumber(Issuance issuance) {
        if (issuance.caseNumber() == null) {
            throw new IllegalStateException("A pending issuance always has the case number");
        }
        return issuance.caseNumber();
    }

    private @Nullable String certificateTypeOf(CaseRecord c) {
        return catalogue.version(c.itemCode(), c.itemVersion()).resultCertificateType();
    }

    private static PlatformException registryUnavailable() {
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "CERTIFICATES_UNAVAILABLE",
                Message.of("电子证照库暂时无法访问，请稍后再试。", "The certificate registry cannot be reached right now; try again shortly."));
    }
}
