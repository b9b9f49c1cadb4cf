package cn.gov.platform.identity.person.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.ReclaimDecision.Outcome;
import cn.gov.platform.identity.person.domain.RegistrationIntent;
import cn.gov.platform.identity.person.domain.RegistrationIntents;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.identity.person.domain.VerificationStatus;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RegistrationReclaimTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofMinutes(30));

    private final Intents intents = new Intents();
    private final Set<String> personSubjects = new HashSet<>();
    private final FakeAccounts accounts = new FakeAccounts();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RegistrationReclaim reclaim = new RegistrationReclaim(intents, new PersonsWith(personSubjects),
            accounts, Clock.fixed(NOW, ZoneOffset.UTC), properties(), meters);

    private static IdentityProperties properties() {
        return new IdentityProperties(null, null, null, null, null, null, new IdentityProperties.Registrations(
                Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }

    private double reclaimed(String outcome) {
        var counter = meters.find("identity.registration.reclaimed").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theSweepDeletesAnOrphanAccountRemovesItsIntentAndCountsIt(CapturedOutput output) {
        intents.begin(new RegistrationIntent("zhao.min", LONG_AGO, "orphan-1"));

        int swept = reclaim.sweep();

        assertThat(swept).isEqualTo(1);
        assertThat(accounts.deleted).containsExactly("orphan-1");
        assertThat(intents.stored).isEmpty();
        assertThat(reclaimed("account-deleted")).isEqualTo(1);
        assertThat(output).contains("WARN").contains("account-deleted").contains("orphan-1").doesNotContain("zhao.min");
    }

    @Test
    void theSweepLeavesARegistrationThatMayStillRunAlone() {
        intents.begin(new RegistrationIntent("still.running", NOW.minusSeconds(30), null));

        assertThat(reclaim.sweep()).isZero();

        assertThat(intents.stored).containsKey("still.running");
        assertThat(accounts.lookedUp).isEmpty();
        assertThat(accounts.deleted).isEmpty();
    }

    @Test
    void aFinishedRegistrationLosesOnlyItsIntent() {
        personSubjects.add("sub-done");
        RegistrationIntent intent = new RegistrationIntent("done", LONG_AGO, "sub-done");
        intents.begin(intent);

        assertThat(reclaim.reclaim(intent)).isEqualTo(Outcome.FINISHED);

        assertThat(accounts.deleted).isEmpty();
        assertThat(intents.stored).isEmpty();
        assertThat(reclaimed("finished")).isEqualTo(1);
    }

    @Test
    void aStaffAccountMadeByHandUnderTheNameIsKeptAndTheIntentGoes() {
        accounts.byName.put("staff.li", new Accounts.Account("staff-1", LONG_AGO.minus(Duration.ofDays(1))));
        RegistrationIntent intent = new RegistrationIntent("staff.li", LONG_AGO, null);
        intents.begin(intent);

        assertThat(reclaim.reclaim(intent)).isEqualTo(Outcome.ACCOUNT_KEPT);

        assertThat(accounts.deleted).isEmpty();
        assertThat(intents.stored).isEmpty();
        assertThat(reclaimed("account-kept")).isEqualTo(1);
    }

    @Test
    void anAccountKeycloakCannotDeleteNowKeepsItsIntentForTheNextRoundAndTheOthersAreStillSwept() {
        accounts.refusing.add("orphan-stuck");
        intents.begin(new RegistrationIntent("stuck", LONG_AGO, "orphan-stuck"));
        intents.begin(new RegistrationIntent("other", LONG_AGO.plusSeconds(1), "orphan-2"));

        int swept = reclaim.sweep();

        assertThat(swept).isEqualTo(1);
        assertThat(accounts.deleted).containsExactly("orphan-2");
        assertThat(intents.stored).containsOnlyKeys("stuck");
        assertThat(meters.counter("identity.registration.reclaim.failures").count()).isEqualTo(1);
    }

    /** Intents by username; removal only of the very intent, as the store does it. */
    private static final class Intents implements RegistrationIntents {
        final Map<String, RegistrationIntent> stored = new HashMap<>();

        @Override
        public boolean begin(RegistrationIntent intent) {
            return stored.putIfAbsent(intent.username(), intent) == null;
        }

        @Override
        public boolean recordSubject(RegistrationIntent intent, String subject) {
            RegistrationIntent current = stored.get(intent.username());
            if (current == null || !current.startedAt().equals(intent.startedAt())) {
                return false;
            }
            stored.put(intent.username(), current.withSubject(subject));
            return true;
        }

        @Override
        public void remove(RegistrationIntent intent) {
            stored.computeIfPresent(intent.username(),
                    (k, v) -> v.startedAt().equals(intent.startedAt()) ? null : v);
        }

        @Override
        public Optional<RegistrationIntent> byUsername(String username) {
            return Optional.ofNullable(stored.get(username));
        }

        @Override
        public List<RegistrationIntent> startedBefore(Instant cutoff, int limit) {
            return stored.values().stream().filter(i -> i.startedAt().isBefore(cutoff))
                    .sorted(Comparator.comparing(RegistrationIntent::startedAt)).limit(limit).toList();
        }
    }

    private static final class FakeAccounts implements Accounts {
        final Map<String, Account> byName = new HashMap<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> lookedUp = new ArrayList<>();
        final Set<String> refusing = new HashSet<>();

        @Override
        public String create(String username, String password, String name, String role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String subject) {
            if (refusing.contains(subject)) {
                throw new IllegalStateException("Keycloak answered 500 to user deletion");
            }
            deleted.add(subject);
        }

        @Override
        public Optional<String> subjectOf(String username) {
            return byUsername(username).map(Account::subject);
        }

        @Override
        public Optional<Account> byUsername(String username) {
            lookedUp.add(username);
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public void disable(String subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void enable(String subject) {
            throw new UnsupportedOperationException();
        }
    }

    /** Persons of which only the subjects matter here. */
    private record PersonsWith(Set<String> subjects) implements Persons {

        @Override
        public Optional<Person> bySubject(String subject) {
            return subjects.contains(subject)
                    ? Optional.of(new Person(subject, "someone", "测试人员", new ResidentIdNumber("11010519491231002X"),
                            new MobileNumber("13812345678"), new Verification(VerificationStatus.VERIFIED, NOW, "TEST"), NOW))
                    : Optional.empty();
        }

        @Override
        public void add(Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Person person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Person> byIdNumber(ResidentIdNumber idNumber) {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return Optional.empty();
        }

        @Override
        public long count() {
            return subjects.size();
        }
    }
}
