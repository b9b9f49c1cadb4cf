package cn.gov.platform.certificates.registry.application;

import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.CertificateStatus;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Suspend, reinstate or revoke (CER-3), by staff of the issuing department and division only
 * (IDN-3). Anyone else is told the certificate does not exist, as object-level authorisation
 * requires. The holder learns of it through the event the change records.
 */
public class ChangeStatus {

    static final Set<String> STAFF_ROLES = Set.of("clerk", "approver");
    private final Certificates certificates;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer timer;

    public ChangeStatus(Certificates certificates, Clock clock, MeterRegistry meters) {
        this.certificates = certificates;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("certificates.status.change").register(meters);
    }

    /** Who asks: the staff member's subject, roles and the department and division in their token. */
    public record Staff(String subject, Set<String> roles, @Nullable String department, @Nullable String division) {
    }

    public Certificate change(String number, CertificateStatus.Change change, String reason, Staff staff) {
        return timer.record(() -> {
            Certificate certificate;
            try {
                certificate = certificates.find(new CertificateNumber(number)).orElseThrow(ChangeStatus::notFound);
            } catch (Certificates.Unreadable e) {
                throw notFound();
            }
            if (staff.roles().stream().noneMatch(STAFF_ROLES::contains)
                    || !certificate.issuedBy(staff.department(), staff.division())) {
                throw notFound();
            }
            certificate.change(change, reason, staff.subject(), clock.instant());
            certificates.update(certificate);
            meters.counter("certificates.status.changes", "change", change.name(),
                    "division", certificate.issuingDivision()).increment();
            return certificate;
        });
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("CERTIFICATE_NOT_FOUND", "没有该证照。", "There is no such certificate.");
    }
}
