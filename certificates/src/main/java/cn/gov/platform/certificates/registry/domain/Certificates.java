package cn.gov.platform.certificates.registry.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import java.util.Optional;

/** The registry of issued certificates. */
public interface Certificates {

    /** @throws Unreadable if the stored document was altered beyond reading */
    Optional<Certificate> find(CertificateNumber number);

    Optional<Certificate> findByCase(String caseNumber);

    List<Certificate> heldBy(String holderSubject);

    /** An enterprise's certificates by its credit code, newest first, whether or not an account holds them yet. */
    List<Certificate> heldByEnterprise(String creditCode);

    /** Whether any certificate waits for its holder (so a wallet read need not ask identity otherwise). */
    boolean anyAwaiting();

    /** The certificates waiting under any of these keys ({@link Holder#awaitingKey()}). */
    List<Certificate> awaiting(java.util.Collection<String> keys);

    /**
     * Stores a new certificate with its outbox in one write.
     *
     * @throws DuplicateCase if the case already has a certificate (a concurrent retry won)
     * @throws DuplicateNumber if the number is taken (the sequence was reset)
     */
    void add(Certificate certificate);

    /**
     * Stores a status change and its outbox in one write, if nobody changed it since it was read.
     *
     * @throws DomainViolation a conflict if the stored version moved on
     */
    void update(Certificate certificate);

    /**
     * The highest serial among the stored numbers of {@code prefix} and {@code year} (0 when there are
     * none): where the sequence resumes after Redis lost its counter. Reads every such number, so it
     * is for that recovery only, never for each issue.
     */
    long highestSerial(String prefix, int year);

    /** Every revoked or suspended certificate's number and status, sorted by number, for the status list. */
    java.util.Map<String, CertificateStatus> notActive();

    /** A stored document no longer reads as a certificate: edited outside the service. */
    final class Unreadable extends RuntimeException {
        public Unreadable(String number, Throwable cause) {
            super("Certificate " + number + " cannot be read", cause);
        }
    }

    final class DuplicateCase extends RuntimeException {
        public DuplicateCase(String caseNumber) {
            super("A certificate exists for case " + caseNumber);
        }
    }

    final class DuplicateNumber extends RuntimeException {
        public DuplicateNumber(String number) {
            super("Certificate number taken: " + number);
        }
    }
}
