package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Objects;

/**
 * A natural person known to the platform. The subject is the Keycloak user id, so the token's
 * {@code sub} finds the person; identity number and phone are held as validated values and are
 * encrypted by the store, never here.
 */
public final class Person {

    private final String subject;
    private final String username;
    private final String name;
    private final ResidentIdNumber idNumber;
    private MobileNumber phone;
    private Verification verification;
    private final Instant registeredAt;

    public Person(String subject, String username, String name, ResidentIdNumber idNumber, MobileNumber phone,
            Verification verification, Instant registeredAt) {
        this.subject = Objects.requireNonNull(subject);
        this.username = Objects.requireNonNull(username);
        this.name = PersonName.check(name, "name");
        this.idNumber = Objects.requireNonNull(idNumber);
        this.phone = Objects.requireNonNull(phone);
        this.verification = Objects.requireNonNull(verification);
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public static Person register(String subject, NewPerson applicant, Instant now) {
        return new Person(subject, applicant.username(), applicant.name(), applicant.idNumber(), applicant.phone(),
                Verification.NONE, now);
    }

    /** Records the provider's decision; a verified person cannot be verified (or failed) again. */
    public void recordVerification(boolean matched, String method, Instant at) {
        VerificationStatus target = matched ? VerificationStatus.VERIFIED : VerificationStatus.FAILED;
        if (!verification.status().canBecome(target)) {
            throw DomainViolation.conflict("ALREADY_VERIFIED", Message.of(
                    "您已完成实名认证，无需重复认证。", "You are already verified; there is nothing to do."));
        }
        this.verification = new Verification(target, at, method);
    }

    public void changePhone(MobileNumber newPhone) {
        this.phone = Objects.requireNonNull(newPhone);
    }

    public boolean isVerified() {
        return verification.status() == VerificationStatus.VERIFIED;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public ResidentIdNumber idNumber() {
        return idNumber;
    }

    public MobileNumber phone() {
        return phone;
    }

    public Verification verification() {
        return verification;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    @Override
    public String toString() {
        return "Person[" + subject + ", " + verification.status() + "]";
    }
}
