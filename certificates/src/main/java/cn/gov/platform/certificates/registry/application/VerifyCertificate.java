package cn.gov.platform.certificates.registry.application;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.QrToken;
import cn.gov.platform.certificates.registry.domain.VerificationStatus;
import cn.gov.platform.certificates.signing.domain.Signatures;
import cn.gov.platform.kernel.ChinaTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Public verification (CER-1, CER-3). The answer names the status, the type and the issuer, and
 * of the holder only a masked name: verifying must not become a way to look people up.
 */
public class VerifyCertificate {

    private final Certificates certificates;
    private final ClaimAwaiting claims;
    private final CertificateTypes types;
    private final Signatures signatures;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer byNumber;
    private final Timer byQr;

    public VerifyCertificate(Certificates certificates, CertificateTypes types, Signatures signatures, Clock clock,
            MeterRegistry meters, ClaimAwaiting claims) {
        this.claims = claims;
        this.certificates = certificates;
        this.types = types;
        this.signatures = signatures;
        this.clock = clock;
        this.meters = meters;
        this.byNumber = Timer.builder("certificates.verify").tag("by", "number").register(meters);
        this.byQr = Timer.builder("certificates.verify").tag("by", "qr").register(meters);
    }

    /**
     * The outcome; issuer fields are null when the certificate is unknown or unreadable.
     * {@code awaitingHolder}: a legacy certificate imported for someone who has no account yet (issue 18,
     * point 3). It verifies like its paper original (status, type, issuer, masked name, validity) and says
     * that it is nobody's on this platform yet: it is in no wallet, cannot be shared, and a holding check
     * answers {@code held: false} for everyone until its holder's account takes it.
     */
    public record Outcome(String number, VerificationStatus status, @Nullable String typeCode,
            @Nullable String typeName, @Nullable String issuingDepartment, @Nullable String issuingDivision,
            @Nullable String holder, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
            @Nullable String keyId, Instant checkedAt, boolean awaitingHolder) {
    }

    public Outcome byNumber(String number) {
        return byNumber.record(() -> counted(verify(new CertificateNumber(number), null)));
    }

    /**
     * For another service checking an applicant's reference to a certificate (CAT-3): the
     * status and type, and whether {@code holderSubject} holds it. An unknown or unreadable number
     * answers {@code UNKNOWN}/{@code TAMPERED} with {@code held == false}.
     */
    public Holding holding(String number, String holderSubject) {
        CertificateNumber parsed = new CertificateNumber(number);
        Optional<Certificate> found;
        try {
            found = certificates.find(parsed);
        } catch (Certificates.Unreadable e) {
            return new Holding(parsed.value(), VerificationStatus.TAMPERED, null, false);
        }
        if (found.isEmpty()) {
            return new Holding(parsed.value(), VerificationStatus.UNKNOWN, null, false);
        }
        Certificate c = found.get();
        if (c.holder().awaitingHolder() && claims.claimFor(holderSubject) > 0) {
            // The applicant may be its holder who has not opened the wallet since being verified.
            c = certificates.find(parsed).orElse(c);
        }
        VerificationStatus status = c.verify(signatures, ChinaTime.today(clock));
        return new Holding(parsed.value(), status, c.typeCode(), holderSubject.equals(c.holder().subject()));
    }

    /** What {@link #holding} found. */
    public record Holding(String number, VerificationStatus status, @Nullable String typeCode, boolean held) {
    }

    public Outcome byQr(String token) {
        return byQr.record(() -> {
            QrToken qr = QrToken.parse(token);
            return counted(verify(qr.number(), qr));
        });
    }

    private Outcome verify(CertificateNumber number, @Nullable QrToken qr) {
        Instant now = clock.instant();
        if (qr != null && !qr.authentic(signatures)) {
            // Not signed by us (or altered): nothing it says can be trusted, not even its number.
            return bare(number, VerificationStatus.TAMPERED, now);
        }
        Optional<Certificate> found;
        try {
            found = certificates.find(number);
        } catch (Certificates.Unreadable e) {
            return bare(number, VerificationStatus.TAMPERED, now);
        }
        if (found.isEmpty()) {
            return bare(number, VerificationStatus.UNKNOWN, now);
        }
        Certificate c = found.get();
        VerificationStatus status = c.verify(signatures, ChinaTime.dateOf(now));
        if (qr != null && status != VerificationStatus.TAMPERED && !qr.dataHash().equals(c.dataHash())) {
            status = VerificationStatus.TAMPERED;
        }
        if (status == VerificationStatus.TAMPERED) {
            // The stored data cannot be trusted, so none of it is shown.
            return bare(number, status, now);
        }
        String typeName = types.find(c.typeCode()).map(CertificateType::name).orElse(null);
        return new Outcome(number.value(), status, c.typeCode(), typeName, c.issuingDepartment(),
                c.issuingDivision(), c.holder().maskedName(), c.validFrom(), c.validUntil(),
                c.signature().keyId(), now, c.holder().awaitingHolder());
    }

    private static Outcome bare(CertificateNumber number, VerificationStatus status, Instant now) {
        return new Outcome(number.value(), status, null, null, null, null, null, null, null, null, now, false);
    }

    private Outcome counted(Outcome outcome) {
        meters.counter("certificates.verifications", "status", outcome.status().code()).increment();
        return outcome;
    }
}
