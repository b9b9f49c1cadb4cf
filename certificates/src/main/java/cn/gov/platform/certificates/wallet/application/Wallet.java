package cn.gov.platform.certificates.wallet.application;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.catalogue.domain.FieldSpec;
import cn.gov.platform.certificates.registry.application.ClaimAwaiting;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.Owner;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.certificates.wallet.domain.CertificatePrinter;
import cn.gov.platform.certificates.wallet.domain.PrintedCertificate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The holder's own certificates (CER-2), a person's or an enterprise's. Someone else's certificate is answered as not existing. */
public class Wallet {

    private final Certificates certificates;
    private final ClaimAwaiting claims;
    private final CertificateTypes types;
    private final CertificatePrinter printer;
    private final URI verifyUrl;
    private final Timer printTimer;

    public Wallet(Certificates certificates, CertificateTypes types, CertificatePrinter printer, URI verifyUrl,
            MeterRegistry meters, ClaimAwaiting claims) {
        this.claims = claims;
        this.certificates = certificates;
        this.types = types;
        this.printer = printer;
        this.verifyUrl = verifyUrl;
        this.printTimer = Timer.builder("certificates.wallet.print").description("Rendering a certificate PDF")
                .register(meters);
    }

    /**
     * The owner's certificates: a person's, with the legacy ones that waited for them taken first
     * (issue 18, point 3), or an enterprise's, including those still waiting for an account.
     */
    public List<Certificate> held(Owner owner) {
        return switch (owner) {
            case Owner.Person p -> {
                claims.claimFor(p.person());
                yield certificates.heldBy(p.person());
            }
            case Owner.Enterprise e -> certificates.heldByEnterprise(e.creditCode());
        };
    }

    public Certificate one(Owner owner, String number) {
        try {
            return certificates.find(new CertificateNumber(number))
                    .filter(owner::holds)
                    .orElseThrow(Wallet::notFound);
        } catch (Certificates.Unreadable e) {
            throw notFound();
        }
    }

    public Optional<CertificateType> type(Certificate certificate) {
        return types.find(certificate.typeCode());
    }

    /** The address a QR code opens: public verification of exactly this token. */
    public String qrUrl(Certificate certificate) {
        return verifyUrl + "?qr=" + URLEncoder.encode(certificate.qr().encode(), StandardCharsets.UTF_8);
    }

    public byte[] pdf(Owner owner, String number) {
        Certificate c = one(owner, number);
        return printTimer.record(() -> printer.print(printed(c)));
    }

    private PrintedCertificate printed(Certificate c) {
        Optional<CertificateType> type = type(c);
        List<PrintedCertificate.Line> lines = new ArrayList<>();
        if (type.isPresent()) {
            for (FieldSpec spec : type.get().fields()) {
                String value = c.fields().get(spec.name());
                if (value != null) {
                    lines.add(new PrintedCertificate.Line(spec.label(), spec.labelEn(), value));
                }
            }
        } else {
            c.fields().forEach((k, v) -> lines.add(new PrintedCertificate.Line(k, k, v)));
        }
        String validity = c.validFrom() + " — " + (c.validUntil() == null ? "长期 / long-term" : c.validUntil());
        return new PrintedCertificate(type.map(CertificateType::name).orElse(c.typeCode()),
                type.map(CertificateType::nameEn).orElse(c.typeCode()), c.number().value(), c.holder().displayName(),
                lines, c.issuingDepartment() + " (" + c.issuingDivision() + ")", validity, c.issuedAt().toString(),
                c.signature().keyId(), qrUrl(c));
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("CERTIFICATE_NOT_FOUND", "没有该证照。", "There is no such certificate.");
    }
}
