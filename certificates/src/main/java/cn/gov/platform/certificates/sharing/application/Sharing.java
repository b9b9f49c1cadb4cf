package cn.gov.platform.certificates.sharing.application;

import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.Owner;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.certificates.registry.domain.VerificationStatus;
import cn.gov.platform.certificates.sharing.domain.CertificateUse;
import cn.gov.platform.certificates.sharing.domain.Share;
import cn.gov.platform.certificates.sharing.domain.Shares;
import cn.gov.platform.certificates.sharing.domain.UseLog;
import cn.gov.platform.certificates.signing.domain.Signatures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Holders share a certificate with a department instead of handing over a paper copy; the
 * department fetches it only while a share allows it, and every fetch is logged for the holder
 * (CER-2, CAT-3). Anyone without a right to a certificate is told it does not exist.
 */
public class Sharing {

    static final Set<String> STAFF_ROLES = Set.of("clerk", "reviewer", "approver");
    private final Certificates certificates;
    private final Shares shares;
    private final UseLog uses;
    private final Signatures signatures;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer fetchTimer;

    public Sharing(Certificates certificates, Shares shares, UseLog uses, Signatures signatures, Clock clock,
            MeterRegistry meters) {
        this.certificates = certificates;
        this.shares = shares;
        this.uses = uses;
        this.signatures = signatures;
        this.clock = clock;
        this.meters = meters;
        this.fetchTimer = Timer.builder("certificates.shared.fetch").register(meters);
    }

    /** A department's staff member as their token says. */
    public record Staff(String subject, Set<String> roles, @Nullable String department) {
    }

    /** What a department receives: the data and whether, right now, the certificate is valid. */
    public record Fetched(Certificate certificate, VerificationStatus status, Share share) {
    }

    /** Grants a share; the share records the person who granted it, also when they act for an enterprise. */
    public Share grant(Owner owner, String number, String department, String purpose, LocalDate from,
            LocalDate until) {
        Certificate certificate = own(owner, number);
        Share share = Share.grant(UUID.randomUUID().toString(), certificate.number().value(), owner.person(),
                department, purpose, from, until, today(), clock.instant());
        shares.save(share);
        meters.counter("certificates.shares.granted").increment();
        return share;
    }

    public Share withdraw(Owner owner, String number, String shareId) {
        own(owner, number);
        Share share = shares.find(shareId).filter(s -> s.number().equals(number)).orElseThrow(Sharing::notFound);
        Share withdrawn = share.withdraw(clock.instant());
        shares.save(withdrawn);
        return withdrawn;
    }

    public List<Share> shares(Owner owner, String number) {
        own(owner, number);
        return shares.of(number);
    }

    public List<CertificateUse> uses(Owner owner, String number) {
        own(owner, number);
        return uses.of(number);
    }

    public Fetched fetch(Staff staff, String number) {
        return fetchTimer.record(() -> {
            if (staff.department() == null || staff.roles().stream().noneMatch(STAFF_ROLES::contains)) {
                throw notFound();
            }
            return fetchFor(staff.department(), staff.subject(), number);
        });
    }

    /**
     * For another service acting for a department (intake fetching a material instead of asking
     * the applicant for paper, CAT-3): the same share check and the same use log, with the
     * calling service's account as the actor.
     */
    public Fetched fetchForService(String department, String serviceSubject, String number) {
        return fetchTimer.record(() -> fetchFor(department, serviceSubject, number));
    }

    private Fetched fetchFor(String department, String actor, String number) {
        LocalDate today = today();
        Share share = shares.of(new CertificateNumber(number).value()).stream()
                .filter(s -> s.allows(department, today)).findFirst().orElseThrow(Sharing::notFound);
        Certificate certificate = find(number);
        uses.record(new CertificateUse(UUID.randomUUID().toString(), number, certificate.holder().subject(),
                department, actor, share.purpose(), share.id(), clock.instant()));
        meters.counter("certificates.shared.fetched", "department", department).increment();
        return new Fetched(certificate, certificate.verify(signatures, today), share);
    }

    private Certificate own(Owner owner, String number) {
        Certificate certificate = find(number);
        if (!owner.holds(certificate)) {
            throw notFound();
        }
        return certificate;
    }

    private Certificate find(String number) {
        try {
            return certificates.find(new CertificateNumber(number)).orElseThrow(Sharing::notFound);
        } catch (Certificates.Unreadable e) {
            throw notFound();
        }
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("CERTIFICATE_NOT_FOUND", "没有该证照。", "There is no such certificate.");
    }
}
