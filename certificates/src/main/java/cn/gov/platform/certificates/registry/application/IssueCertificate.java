package cn.gov.platform.certificates.registry.application;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.certificates.registry.domain.NumberSequence;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.certificates.signing.domain.Signatures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the certificate of an approved case (called by intake). Idempotent per case: a retry
 * gets the certificate already issued, found first by a read and, if two retries race, by the
 * unique case index refusing the second write.
 */
public class IssueCertificate {

    private static final int NUMBER_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(IssueCertificate.class);
    private static final String CREDIT_CODE_FIELD = "creditCode";
    private final Certificates certificates;
    private final CertificateTypes types;
    private final NumberSequence sequence;
    private final Signatures signatures;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer timer;

    public IssueCertificate(Certificates certificates, CertificateTypes types, NumberSequence sequence,
            Signatures signatures, Clock clock, MeterRegistry meters) {
        this.certificates = certificates;
        this.types = types;
        this.sequence = sequence;
        this.signatures = signatures;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("certificates.issue").description("Issuing a certificate").register(meters);
    }

    /** The certificate, and whether this call created it (false: a retry). */
    public record Issued(Certificate certificate, boolean created) {
    }

    public Issued issue(IssueData data) {
        return timer.record(() -> {
            Optional<Certificate> existing = certificates.findByCase(data.caseNumber());
            if (existing.isPresent()) {
                return replay(existing.get(), data);
            }
            CertificateType type = checkAgainstType(data);
            Instant now = clock.instant();
            int year = now.atZone(ChinaTime.ZONE).getYear();
            for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
                CertificateNumber number = CertificateNumber.of(type.prefix(), year, data.issuingDivision(),
                        sequence.next(type.prefix(), year));
                Certificate certificate = Certificate.issue(number, data, now, signatures);
                try {
                    certificates.add(certificate);
                    meters.counter("certificates.issued", "type", type.code(), "division", data.issuingDivision())
                            .increment();
                    return new Issued(certificate, true);
                } catch (Certificates.DuplicateCase e) {
                    return replay(certificates.findByCase(data.caseNumber()).orElseThrow(), data);
                } catch (Certificates.DuplicateNumber e) {
                    // The sequence handed out a used serial: Redis lost its counter (restored from an older
                    // backup, or emptied). Resume above the highest serial the store holds, then take the next.
                    meters.counter("certificates.number.collisions").increment();
                    long highest = certificates.highestSerial(type.prefix(), year);
                    sequence.atLeast(type.prefix(), year, highest);
                    log.warn("Certificate number {} was taken: the {} {} sequence resumes above serial {}",
                            number.value(), type.prefix(), year, highest);
                }
            }
            throw new IllegalStateException("No free certificate number after " + NUMBER_ATTEMPTS + " attempts");
        });
    }

    /** The defaulted end of validity, so the request can be completed before it is checked and signed. */
    public IssueData withDefaults(IssueData data) {
        if (data.validUntil() != null) {
            return data;
        }
        CertificateType type = type(data.typeCode());
        return new IssueData(data.caseNumber(), data.typeCode(), data.holder(), data.issuingDepartment(),
                data.issuingDivision(), data.fields(), data.validFrom(), type.defaultValidUntil(data.validFrom()));
    }

    private Issued replay(Certificate existing, IssueData data) {
        if (!existing.sameIssueAs(data)) {
            throw DomainViolation.conflict("CASE_ALREADY_CERTIFIED",
                    "该办件已颁发证照 " + existing.number() + "，且内容与本次请求不同。",
                    "Case already has certificate " + existing.number() + " with different content.", "caseNumber");
        }
        return new Issued(existing, false);
    }

    private CertificateType type(String code) {
        return types.find(code).orElseThrow(() -> DomainViolation.invalid("typeCode", "UNKNOWN_CERTIFICATE_TYPE",
                "证照目录中没有该类型：" + code + "。", "The catalogue has no certificate type " + code + "."));
    }

    /**
     * A certificate that states a unified social credit code (the business licence) states its
     * holder's: a valid code (GB 32100) equal to the enterprise holder's, so the printed code and
     * the signed holder never disagree.
     */
    private static void checkCreditCode(IssueData data) {
        String stated = data.fields().get(CREDIT_CODE_FIELD);
        if (stated == null) {
            return;
        }
        String code = UnifiedSocialCreditCode.parse(stated, "fields." + CREDIT_CODE_FIELD).value();
        if (data.holder().kind() != Holder.Kind.ENTERPRISE || !code.equals(data.holder().creditCode())) {
            throw DomainViolation.invalid("fields." + CREDIT_CODE_FIELD, "CREDIT_CODE_NOT_HOLDERS",
                    "证照上的统一社会信用代码应为持证企业的代码。",
                    "The unified social credit code on the certificate must be its enterprise holder's.");
        }
    }

    private CertificateType checkAgainstType(IssueData data) {
        CertificateType type = type(data.typeCode());
        if (!type.issuableBy(data.issuingDepartment())) {
            throw DomainViolation.invalid("issuingDepartment", "WRONG_ISSUER",
                    "该部门无权颁发" + type.name() + "。", "This department may not issue a " + type.nameEn() + ".");
        }
        if (!data.issuingDivision().matches("\\d{12}")) {
            throw DomainViolation.invalid("issuingDivision", "INVALID_DIVISION", "区划代码应为 12 位数字。",
                    "The division code must be 12 digits.");
        }
        if (!type.holdableBy(data.holder().kind().code())) {
            throw DomainViolation.invalid("holder.kind", "WRONG_HOLDER_KIND",
                    type.name() + "不能颁发给此类主体。", "A " + type.nameEn() + " cannot be held by a " + data.holder().kind().code() + ".");
        }
        if (!type.allowsValidity(data.validFrom(), data.validUntil())) {
            throw DomainViolation.invalid("validUntil", "VALIDITY_TOO_LONG",
                    type.name() + "有效期最长 " + type.maxValidityYears() + " 年。",
                    "A " + type.nameEn() + " is valid for at most " + type.maxValidityYears() + " years.");
        }
        if (data.validFrom().isBefore(ChinaTime.today(clock).minusYears(100))) {
            throw DomainViolation.invalid("validFrom", "INVALID_VALIDITY", "有效期起始日不合理。",
                    "The start of validity is implausible.");
        }
        checkCreditCode(data);
        List<CertificateType.FieldProblem> problems = type.check(data.fields());
        if (!problems.isEmpty()) {
            CertificateType.FieldProblem first = problems.getFirst();
            String names = String.join(", ", problems.stream().map(p -> p.field() + " (" + p.kind() + ")").toList());
            throw DomainViolation.invalid("fields." + first.field(), "INVALID_FIELDS",
                    "证照数据不符合" + type.name() + "的要求：" + names + "。",
                    "The data do not fit a " + type.nameEn() + ": " + names + ".");
        }
        return type;
    }
}
