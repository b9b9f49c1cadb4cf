package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.ReclaimDecision;
import cn.gov.platform.identity.person.domain.RegistrationIntent;
import cn.gov.platform.identity.person.domain.RegistrationIntents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Clears up after registrations that did not finish: a registration intent older than the grace period
 * either belongs to a registration that finished (its intent only is removed) or to one whose process
 * died, whose orphan login account is deleted so the username is free again. Run inline when a new
 * registration meets an old intent, and by the periodic sweep. Safe to run on two instances at once:
 * deleting an account again is a no-op (404) and the intent is removed only if it is still the one decided on.
 */
@Service
public class RegistrationReclaim {

    private static final Logger log = LoggerFactory.getLogger(RegistrationReclaim.class);
    /** Intents looked at per sweep round; more wait for the next round. */
    private static final int BATCH = 100;

    private final RegistrationIntents intents;
    private final Persons persons;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration grace;
    private final MeterRegistry meters;

    public RegistrationReclaim(RegistrationIntents intents, Persons persons, Accounts accounts, Clock clock,
            IdentityProperties properties, MeterRegistry meters) {
        this.intents = intents;
        this.persons = persons;
        this.accounts = accounts;
        this.clock = clock;
        this.grace = properties.registrations().grace();
        this.meters = meters;
    }

    /** Reclaims {@code intent} if it is stale; a fresh one is left alone ({@link ReclaimDecision.Outcome#IN_PROGRESS}). */
    public ReclaimDecision.Outcome reclaim(RegistrationIntent intent) {
        ReclaimDecision decision = ReclaimDecision.decide(intent, clock.instant(), grace,
                subject -> persons.bySubject(subject).isPresent(), accounts::byUsername);
        if (decision.outcome() == ReclaimDecision.Outcome.IN_PROGRESS) {
            return decision.outcome();
        }
        String orphan = decision.accountToDelete();
        if (orphan != null) {
            accounts.delete(orphan);
        }
        intents.remove(intent);
        meters.counter("identity.registration.reclaimed", "outcome", decision.outcome().tag()).increment();
        // The username stays out of the log (it may be someone's name); the subject finds the account.
        log.warn("Unfinished registration begun at {} reclaimed: {} (account {})", intent.startedAt(),
                decision.outcome().tag(), orphan != null ? orphan : intent.subject());
        return decision.outcome();
    }

    /** Reclaims every stale intent (up to a batch); returns how many were reclaimed. One failure does not stop the rest. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(grace);
        int reclaimed = 0;
        for (RegistrationIntent intent : intents.startedBefore(cutoff, BATCH)) {
            try {
                if (reclaim(intent) != ReclaimDecision.Outcome.IN_PROGRESS) {
                    reclaimed++;
                }
            } catch (RuntimeException e) {
                meters.counter("identity.registration.reclaim.failures").increment();
                log.warn("Unfinished registration begun at {} not reclaimed this round, the next one retries: {}",
                        intent.startedAt(), e.getClass().getName());
            }
        }
        return reclaimed;
    }
}
