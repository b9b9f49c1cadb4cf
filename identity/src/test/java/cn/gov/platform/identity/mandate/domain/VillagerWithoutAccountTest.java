package cn.gov.platform.identity.mandate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 20, point 5: what an agent gives for a villager who has no account. */
class VillagerWithoutAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aNameAndConsentGivenInPersonAreEnough() {
        assertThatCode(() -> VillagerWithoutAccount.require("马小花", ConsentMethod.IN_PERSON)).doesNotThrowAnyException();
    }

    @Test
    void withoutTheNameTheAgentIsToldToEnterItAsOnTheIdentityCard() {
        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> VillagerWithoutAccount.require(missing, ConsentMethod.IN_PERSON))
                    .isInstanceOfSatisfying(DomainViolation.class, v -> {
                        assertThat(v.kind()).isEqualTo(DomainViolation.Kind.RULE);
                        assertThat(v.code()).isEqualTo("PRINCIPAL_NAME_REQUIRED");
                        assertThat(v.field()).isEqualTo("principalName");
                    });
        }
    }

    @Test
    void anAppConfirmationIsRefusedBecauseTheVillagerHasNoAccountToConfirmWith() {
        assertThatThrownBy(() -> VillagerWithoutAccount.require("马小花", ConsentMethod.APP_CONFIRMATION))
                .isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(DomainViolation.Kind.RULE);
                    assertThat(v.code()).isEqualTo("IN_PERSON_CONSENT_REQUIRED");
                    assertThat(v.field()).isEqualTo("consent");
                });
    }

    @Test
    void theMandatesPeriodIsCheckedOnItsOwnBeforeAnythingIsMade() {
        assertThatCode(() -> Mandate.requireValidity(NOW, NOW.plus(Duration.ofDays(30)), NOW, Duration.ofDays(366)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Mandate.requireValidity(NOW, NOW.minusSeconds(1), NOW, Duration.ofDays(366)))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code())
                        .isEqualTo("INVALID_VALIDITY"));
        assertThatThrownBy(() -> Mandate.requireValidity(NOW, NOW.plus(Duration.ofDays(400)), NOW, Duration.ofDays(366)))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code())
                        .isEqualTo("VALIDITY_TOO_LONG"));
    }
}
