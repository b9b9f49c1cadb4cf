package cn.gov.platform.identity.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.person.domain.ReclaimDecision.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReclaimDecisionTest {

    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final Instant STARTED = Instant.parse("2026-12-07T02:00:00Z");
    /** Ten minutes after the registration began: long past its grace period. */
    private static final Clock LATER = Clock.fixed(STARTED.plus(Duration.ofMinutes(10)), ZoneOffset.UTC);

    private final List<String> lookedUp = new ArrayList<>();

    private Function<String, Optional<Accounts.Account>> keycloakHolds(Accounts.Account account) {
        return username -> {
            lookedUp.add(username);
            return Optional.of(account);
        };
    }

    private Function<String, Optional<Accounts.Account>> keycloakHoldsNothing() {
        return username -> {
            lookedUp.add(username);
            return Optional.empty();
        };
    }

    private static ReclaimDecision decide(RegistrationIntent intent, Clock clock, Set<String> persons,
            Function<String, Optional<Accounts.Account>> accounts) {
        return ReclaimDecision.decide(intent, clock.instant(), GRACE, persons::contains, accounts);
    }

    @Test
    void aFreshIntentIsARegistrationStillRunningAndNothingIsTouched() {
        Clock withinGrace = Clock.fixed(STARTED.plus(GRACE), ZoneOffset.UTC);
        RegistrationIntent intent = new RegistrationIntent("wang.li", STARTED, null);

        ReclaimDecision decision = decide(intent, withinGrace, Set.of(),
                keycloakHolds(new Accounts.Account("sub-1", STARTED.plusSeconds(1))));

        assertThat(decision.outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(decision.accountToDelete()).isNull();
        assertThat(lookedUp).as("Keycloak is not even asked").isEmpty();
    }

    @Test
    void aFreshIntentWithItsSubjectRecordedIsStillInProgress() {
        Clock justStarted = Clock.fixed(STARTED.plusSeconds(5), ZoneOffset.UTC);

        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, "sub-1"), justStarted, Set.of(),
                keycloakHoldsNothing());

        assertThat(decision.outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void aStaleIntentWhosePersonRecordExistsFinishedAndOnlyTheIntentGoes() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, "sub-1"), LATER, Set.of("sub-1"),
                keycloakHoldsNothing());

        assertThat(decision.outcome()).isEqualTo(Outcome.FINISHED);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void aStaleIntentWithARecordedSubjectAndNoPersonDeletesThatAccountWithoutAskingByUsername() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, "sub-1"), LATER, Set.of(),
                keycloakHolds(new Accounts.Account("someone-else", STARTED)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCOUNT_DELETED);
        assertThat(decision.accountToDelete()).isEqualTo("sub-1");
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void withoutASubjectTheAccountMadeInsideTheRegistrationsWindowIsItsOrphanAndIsDeleted() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of(),
                keycloakHolds(new Accounts.Account("sub-2", STARTED.plusSeconds(3))));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCOUNT_DELETED);
        assertThat(decision.accountToDelete()).isEqualTo("sub-2");
        assertThat(lookedUp).containsExactly("wang.li");
    }

    @Test
    void theWindowIncludesBothItsEnds() {
        RegistrationIntent intent = new RegistrationIntent("wang.li", STARTED, null);

        assertThat(decide(intent, LATER, Set.of(), keycloakHolds(new Accounts.Account("a", STARTED))).outcome())
                .isEqualTo(Outcome.ACCOUNT_DELETED);
        assertThat(decide(intent, LATER, Set.of(), keycloakHolds(new Accounts.Account("b", STARTED.plus(GRACE))))
                .outcome()).isEqualTo(Outcome.ACCOUNT_DELETED);
    }

    @Test
    void withoutASubjectAnAccountMadeBeforeTheRegistrationBeganIsAStaffAccountAndIsKept() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of(),
                keycloakHolds(new Accounts.Account("staff", STARTED.minusMillis(1))));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCOUNT_KEPT);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void withoutASubjectAnAccountMadeAfterTheWindowIsKept() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of(),
                keycloakHolds(new Accounts.Account("later", STARTED.plus(GRACE).plusMillis(1))));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCOUNT_KEPT);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void withoutASubjectAnAccountWhoseCreationTimeIsUnknownIsKept() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of(),
                keycloakHolds(new Accounts.Account("unknown", null)));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCOUNT_KEPT);
    }

    @Test
    void withoutASubjectAnAccountWithAPersonRecordFinishedAndIsKept() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of("sub-2"),
                keycloakHolds(new Accounts.Account("sub-2", STARTED.plusSeconds(3))));

        assertThat(decision.outcome()).isEqualTo(Outcome.FINISHED);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void withoutASubjectAndWithoutAnAccountNothingWasMadeAndOnlyTheIntentGoes() {
        ReclaimDecision decision = decide(new RegistrationIntent("wang.li", STARTED, null), LATER, Set.of(),
                keycloakHoldsNothing());

        assertThat(decision.outcome()).isEqualTo(Outcome.NO_ACCOUNT);
        assertThat(decision.accountToDelete()).isNull();
    }

    @Test
    void theUsernameIsKeptAsKeycloakKeepsItLowerCaseAndTheStartToTheMillisecond() {
        RegistrationIntent intent = RegistrationIntent.begin("Wang.Li", Instant.parse("2026-12-07T02:00:00.123456789Z"));

        assertThat(intent.username()).isEqualTo("wang.li");
        assertThat(intent.startedAt()).isEqualTo(Instant.parse("2026-12-07T02:00:00.123Z"));
        assertThat(intent.subject()).isNull();
        assertThat(intent.toString()).doesNotContain("wang.li");
    }
}
