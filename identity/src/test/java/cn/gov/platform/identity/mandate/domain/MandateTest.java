package cn.gov.platform.identity.mandate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MandateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration MAX = Duration.ofDays(366);

    private static Mandate active(Scope scope) {
        return Mandate.grant("m-1", "villager", "agent", scope, NOW, NOW.plus(Duration.ofDays(30)),
                new Consent(ConsentMethod.APP_CONFIRMATION, null, NOW), NOW, MAX);
    }

    @Test
    void stateTransitionsAreExactlyTheseAndRevokedIsFinal() {
        assertThat(MandateState.PENDING_CONFIRMATION.next()).containsExactlyInAnyOrder(MandateState.ACTIVE, MandateState.REVOKED);
        assertThat(MandateState.ACTIVE.next()).containsExactly(MandateState.REVOKED);
        assertThat(MandateState.REVOKED.next()).isEmpty();
    }

    @Test
    void grantsAnItemInScopeWithinValidity() {
        assertThat(active(Scope.of(Set.of("elderly-allowance"))).decide("elderly-allowance", NOW.plusSeconds(60)))
                .isEqualTo(MandateDecision.granted("m-1"));
    }

    @Test
    void refusesAnotherItemAfterExpiryAndAfterRevocationWithTheReason() {
        Mandate mandate = active(Scope.of(Set.of("elderly-allowance")));

        assertThat(mandate.decide("business-licence", NOW).reason()).isEqualTo(MandateReason.ITEM_NOT_IN_SCOPE);
        assertThat(mandate.decide("elderly-allowance", NOW.plus(Duration.ofDays(31))).reason())
                .isEqualTo(MandateReason.EXPIRED);
        assertThat(mandate.decide("elderly-allowance", NOW.minusSeconds(1)).reason())
                .isEqualTo(MandateReason.NOT_YET_VALID);

        mandate.revoke("villager", NOW.plusSeconds(5));
        assertThat(mandate.decide("elderly-allowance", NOW.plusSeconds(6)).reason()).isEqualTo(MandateReason.REVOKED);
        assertThatThrownBy(() -> mandate.revoke("villager", NOW)).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.code()).isEqualTo("MANDATE_STATE"));
    }

    @Test
    void anAppConfirmationFiledByTheAgentWaitsForTheVillager() {
        Mandate mandate = Mandate.grant("m-2", "villager", "agent", Scope.all(), NOW, NOW.plus(Duration.ofDays(30)),
                new Consent(ConsentMethod.APP_CONFIRMATION, null, null), NOW, MAX);

        assertThat(mandate.decide("anything", NOW).reason()).isEqualTo(MandateReason.PENDING_CONFIRMATION);
        mandate.confirm("villager", NOW.plusSeconds(10));
        assertThat(mandate.decide("anything", NOW.plusSeconds(11)).allowed()).isTrue();
    }

    @Test
    void onlyThePrincipalMayConfirmOrRevokeAndOthersAreToldItDoesNotExist() {
        Mandate mandate = active(Scope.all());

        assertThatThrownBy(() -> mandate.revoke("agent", NOW)).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.kind()).isEqualTo(DomainViolation.Kind.NOT_FOUND));
    }

    @Test
    void refusesSelfMandatesOverlongValidityAndInPersonConsentWithoutAttestation() {
        assertThatThrownBy(() -> Mandate.grant("m", "same", "same", Scope.all(), NOW, NOW.plusSeconds(60),
                new Consent(ConsentMethod.APP_CONFIRMATION, null, NOW), NOW, MAX))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("SELF_MANDATE"));
        assertThatThrownBy(() -> Mandate.grant("m", "v", "a", Scope.all(), NOW, NOW.plus(Duration.ofDays(400)),
                new Consent(ConsentMethod.APP_CONFIRMATION, null, NOW), NOW, MAX))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> new Consent(ConsentMethod.IN_PERSON, " ", NOW))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("attestation"));
        assertThatThrownBy(() -> Scope.of(Set.of())).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.field()).isEqualTo("items"));
    }
}
