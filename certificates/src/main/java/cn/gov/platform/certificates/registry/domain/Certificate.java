package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.certificates.signing.domain.Canonical;
import cn.gov.platform.certificates.signing.domain.DataHash;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.Signatures;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An electronic certificate (CER-1): its data, signed once at issue, and its status, which
 * changes only through {@link #change}. The signature covers the canonical form of every datum
 * except the status, so a single changed byte of stored data shows as tampering, while a
 * revocation needs no new signature.
 */
public final class Certificate {

    private final CertificateNumber number;
    private final String caseNumber;
    private final String typeCode;
    private final Holder holder;
    private final String issuingDepartment;
    private final String issuingDivision;
    private final Map<String, String> fields;
    private final LocalDate validFrom;
    private final @Nullable LocalDate validUntil;
    private final Instant issuedAt;
    private final Signature signature;
    private final QrToken qr;
    private CertificateStatus status;
    private final List<StatusRecord> history;
    private final List<CertificateEvent> outbox;
    private final long version;

    private Certificate(CertificateNumber number, String caseNumber, String typeCode, Holder holder,
            String issuingDepartment, String issuingDivision, Map<String, String> fields, LocalDate validFrom,
            @Nullable LocalDate validUntil, Instant issuedAt, Signature signature, QrToken qr,
            CertificateStatus status, List<StatusRecord> history, List<CertificateEvent> outbox, long version) {
        this.number = Objects.requireNonNull(number);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.typeCode = Objects.requireNonNull(typeCode);
        this.holder = Objects.requireNonNull(holder);
        this.issuingDepartment = Objects.requireNonNull(issuingDepartment);
        this.issuingDivision = Objects.requireNonNull(issuingDivision);
        this.fields = Map.copyOf(fields);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validUntil = validUntil;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.signature = Objects.requireNonNull(signature);
        this.qr = Objects.requireNonNull(qr);
        this.status = Objects.requireNonNull(status);
        this.history = new ArrayList<>(history);
        this.outbox = new ArrayList<>(outbox);
        this.version = version;
    }

    /** Issues and signs a certificate for an approved case, recording {@code CertificateIssued}. */
    public static Certificate issue(CertificateNumber number, IssueData data, Instant now, Signatures signatures) {
        String canonical = Canonical.json(signedData(number, data.caseNumber(), data.typeCode(), data.holder(),
                data.issuingDepartment(), data.issuingDivision(), data.fields(), data.validFrom(), data.validUntil(),
                now));
        Signature signature = signatures.sign(canonical.getBytes(StandardCharsets.UTF_8));
        QrToken qr = QrToken.sign(number, DataHash.of(canonical), signatures);
        Certificate certificate = new Certificate(number, data.caseNumber(), data.typeCode(), data.holder(),
                data.issuingDepartment(), data.issuingDivision(), data.fields(), data.validFrom(), data.validUntil(),
                now, signature, qr, CertificateStatus.ACTIVE, List.of(), List.of(), 0);
        certificate.record(CertificateEvent.Type.CertificateIssued, now, null);
        return certificate;
    }

    /** Rebuilds a stored certificate exactly as stored; whether it is intact is asked separately. */
    public static Certificate restore(CertificateNumber number, String caseNumber, String typeCode, Holder holder,
            String issuingDepartment, String issuingDivision, Map<String, String> fields, LocalDate validFrom,
            @Nullable LocalDate validUntil, Instant issuedAt, Signature signature, QrToken qr,
            CertificateStatus status, List<StatusRecord> history, List<CertificateEvent> outbox, long version) {
        return new Certificate(number, caseNumber, typeCode, holder, issuingDepartment, issuingDivision, fields,
                validFrom, validUntil, issuedAt, signature, qr, status, history, outbox, version);
    }

    /**
     * A certificate that waited for its holder (a legacy import, issue 18 point 3) becomes the
     * account's: the holder's subject is signed afresh (data, signature and QR code; number, dates
     * and status unchanged) and, while it is in force, {@code CertificateIssued} tells the holder.
     *
     * @throws DomainViolation a conflict when it already has a holder
     */
    public Certificate claimedBy(String subject, Instant now, Signatures signatures) {
        if (!holder.awaitingHolder()) {
            throw DomainViolation.conflict("CERTIFICATE_HAS_HOLDER", "该证照已有持证人。",
                    "The certificate already has its holder.", "holder");
        }
        Holder claimed = holder.claimedBy(subject);
        String canonical = Canonical.json(signedData(number, caseNumber, typeCode, claimed, issuingDepartment,
                issuingDivision, fields, validFrom, validUntil, issuedAt));
        Certificate c = new Certificate(number, caseNumber, typeCode, claimed, issuingDepartment, issuingDivision,
                fields, validFrom, validUntil, issuedAt, signatures.sign(canonical.getBytes(StandardCharsets.UTF_8)),
                QrToken.sign(number, DataHash.of(canonical), signatures), status, history, outbox, version);
        if (status == CertificateStatus.ACTIVE) {
            c.record(CertificateEvent.Type.CertificateIssued, now, null);
        }
        return c;
    }

    /**
     * Suspends, reinstates or revokes, if the status machine allows it from the current status.
     *
     * @throws DomainViolation a conflict naming the current status when the change is not allowed
     */
    public void change(CertificateStatus.Change change, String reason, String actor, Instant at) {
        if (reason.isBlank() || reason.length() > 500) {
            throw DomainViolation.invalid("reason", "REASON_REQUIRED", "请填写原因（不超过 500 字）。",
                    "Give a reason (at most 500 characters).");
        }
        CertificateStatus next = status.after(change).orElseThrow(() -> DomainViolation.conflict(
                "STATUS_CHANGE_NOT_ALLOWED", "证照当前状态为 " + status + "，不能执行 " + change + "。",
                "The certificate is " + status + "; it cannot be " + change + "D.", "status"));
        status = next;
        history.add(new StatusRecord(change, next, reason, actor, at));
        record(change.eventType(), at, reason);
    }

    /** What a verifier learns: tampering first (then nothing else can be trusted), then status, then dates. */
    public VerificationStatus verify(Signatures signatures, LocalDate today) {
        if (!intact(signatures)) {
            return VerificationStatus.TAMPERED;
        }
        return switch (status) {
            case REVOKED -> VerificationStatus.REVOKED;
            case SUSPENDED -> VerificationStatus.SUSPENDED;
            case ACTIVE -> today.isBefore(validFrom) || (validUntil != null && today.isAfter(validUntil))
                    ? VerificationStatus.EXPIRED : VerificationStatus.VALID;
        };
    }

    public boolean intact(Signatures signatures) {
        return signatures.verify(signature, canonical().getBytes(StandardCharsets.UTF_8));
    }

    public String canonical() {
        return Canonical.json(signedData(number, caseNumber, typeCode, holder, issuingDepartment, issuingDivision,
                fields, validFrom, validUntil, issuedAt));
    }

    public DataHash dataHash() {
        return DataHash.of(canonical());
    }

    public boolean issuedBy(@Nullable String department, @Nullable String division) {
        return issuingDepartment.equals(department) && issuingDivision.equals(division);
    }

    /** Same case, same certificate: a retry of the issue call must ask for the same thing. */
    public boolean sameIssueAs(IssueData data) {
        return typeCode.equals(data.typeCode()) && holder.sameAs(data.holder())
                && issuingDepartment.equals(data.issuingDepartment()) && issuingDivision.equals(data.issuingDivision())
                && fields.equals(data.fields());
    }

    private static Map<String, Object> signedData(CertificateNumber number, String caseNumber, String typeCode,
            Holder holder, String issuingDepartment, String issuingDivision, Map<String, String> fields,
            LocalDate validFrom, @Nullable LocalDate validUntil, Instant issuedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", "1");
        data.put("number", number.value());
        data.put("caseNumber", caseNumber);
        data.put("typeCode", typeCode);
        data.put("holder", holder.signedData());
        data.put("issuingDepartment", issuingDepartment);
        data.put("issuingDivision", issuingDivision);
        data.put("fields", new TreeMap<>(fields));
        data.put("validFrom", validFrom.toString());
        data.put("validUntil", validUntil == null ? null : validUntil.toString());
        data.put("issuedAt", issuedAt.toString());
        return data;
    }

    private void record(CertificateEvent.Type type, Instant at, @Nullable String reason) {
        if (holder.subject() == null) {
            return; // a certificate waiting for its holder has nobody to tell; the status list still shows it
        }
        outbox.add(CertificateEvent.of(type, number.value(), typeCode, holder.subject(), at, reason));
    }

    public CertificateNumber number() {
        return number;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String typeCode() {
        return typeCode;
    }

    public Holder holder() {
        return holder;
    }

    public String issuingDepartment() {
        return issuingDepartment;
    }

    public String issuingDivision() {
        return issuingDivision;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validUntil() {
        return validUntil;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Signature signature() {
        return signature;
    }

    public QrToken qr() {
        return qr;
    }

    public CertificateStatus status() {
        return status;
    }

    public List<StatusRecord> history() {
        return List.copyOf(history);
    }

    public List<CertificateEvent> outbox() {
        return List.copyOf(outbox);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        // Holder data stays out of logs.
        return "Certificate[" + number + ", " + typeCode + ", " + status + "]";
    }
}
