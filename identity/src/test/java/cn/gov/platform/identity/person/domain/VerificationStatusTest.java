package cn.gov.platform.identity.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerificationStatusTest {

    @Test
    void everyTransitionIsAsDesigned() {
        assertThat(VerificationStatus.UNVERIFIED.next()).containsExactlyInAnyOrder(VerificationStatus.VERIFIED, VerificationStatus.FAILED);
        assertThat(VerificationStatus.FAILED.next()).containsExactlyInAnyOrder(VerificationStatus.VERIFIED, VerificationStatus.FAILED);
        assertThat(VerificationStatus.VERIFIED.next()).isEmpty();
        assertThat(VerificationStatus.UNVERIFIED.canBecome(VerificationStatus.UNVERIFIED)).isFalse();
    }

    @Test
    void aFailedPersonMayRetryAndAVerifiedOneCannotBeVerifiedAgain() {
        Person person = Person.register("s-1", new NewPerson("mawenqing", "Secret12345x", "马文清",
                new ResidentIdNumber("11010519491231002X"), new MobileNumber("13812345678")), Instant.EPOCH);

        person.recordVerification(false, "ID_CARD_DATABASE", Instant.EPOCH);
        assertThat(person.verification().status()).isEqualTo(VerificationStatus.FAILED);
        person.recordVerification(true, "ID_CARD_DATABASE", Instant.EPOCH.plusSeconds(60));
        assertThat(person.isVerified()).isTrue();
        assertThat(person.verification().method()).isEqualTo("ID_CARD_DATABASE");

        assertThatThrownBy(() -> person.recordVerification(false, "ID_CARD_DATABASE", Instant.EPOCH))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_VERIFIED"));
    }

    @Test
    void aRegistrationRefusesAWeakPasswordAndABadUsername() {
        assertThatThrownBy(() -> new NewPerson("mawenqing", "short1", "马文清",
                new ResidentIdNumber("11010519491231002X"), new MobileNumber("13812345678")))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> new NewPerson("Ma Wenqing", "Secret12345x", "马文清",
                new ResidentIdNumber("11010519491231002X"), new MobileNumber("13812345678")))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("username"));
    }
}
