package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.NewPerson;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.ReclaimDecision;
import cn.gov.platform.identity.person.domain.RegistrationIntent;
import cn.gov.platform.identity.person.domain.RegistrationIntents;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Registers a natural person: the login account at Keycloak and the identity record are
 * created together or not at all. Keycloak has no transaction shared with MongoDB, so the
 * account is created first and deleted again if the record (or its audit entry) cannot be
 * written; a person whose record exists always has an account. A process that dies between the
 * account and the record cannot undo anything, so a registration intent is written before the account
 * and removed after the record: an intent left behind is what {@link RegistrationReclaim} finds the
 * orphan account by.
 */
@Service
public class PersonRegistration {

    private static final Logger log = LoggerFactory.getLogger(PersonRegistration.class);

    private final Persons persons;
    private final Accounts accounts;
    private final RegistrationIntents intents;
    private final RegistrationReclaim reclaim;
    private final RealNameVerification verification;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer timer;

    public PersonRegistration(Persons persons, Accounts accounts, RegistrationIntents intents,
            RegistrationReclaim reclaim, RealNameVerification verification, AuditLog audit,
            IdentityProperties properties, Clock clock, MeterRegistry meters) {
        this.persons = persons;
        this.accounts = accounts;
        this.intents = intents;
        this.reclaim = reclaim;
        this.verification = verification;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("identity.use-case").tag("use-case", "register-person").register(meters);
    }

    public Person register(NewPerson applicant) {
        return timer.record(() -> {
            // A number is checked as far as it can be without a date; whether its holder is born yet needs today.
            applicant.idNumber().requireBornBy(ChinaTime.today(clock), ResidentIdNumber.FIELD);
            if (persons.byIdNumber(applicant.idNumber()).isPresent()) {
                throw alreadyRegistered();
            }
            RegistrationIntent intent = begin(applicant.username());
            String subject;
            try {
                subject = accounts.create(intent.username(), applicant.password(), applicant.name(),
                        properties.keycloak().citizenRole());
            } catch (PlatformException e) {
                // Refused (username taken, password policy): no account was made, the username is free of us.
                // Unavailable: the account may have been made and its answer lost; the intent stays so that
                // the sweep finds it by username once the grace period is over.
                if (e.status().is4xxClientError()) {
                    forget(intent);
                }
                throw e;
            }
            Person person = Person.register(subject, applicant, clock.instant());
            boolean stored = false;
            try {
                if (!intents.recordSubject(intent, subject)) {
                    // Slower than the grace period (Keycloak hung): the intent was reclaimed, and the account
                    // with it or soon; a record must not be written for an account that may be gone.
                    throw interrupted();
                }
                persons.add(person);
                stored = true;
                audit.record(subject, "PERSON_REGISTERED", "person", subject, List.of(subject),
                        Map.of("username", applicant.username()));
            } catch (RuntimeException e) {
                undo(intent, subject, stored);
                throw e;
            }
            forget(intent);
            meters.counter("identity.persons.registered").increment();
            return verification.attempt(person, subject);
        });
    }

    /**
     * Writes the intent for {@code username}. One already there is either a registration still running
     * (409 REGISTRATION_IN_PROGRESS: never reclaimed while it may be) or one left behind, which is
     * reclaimed before this registration goes ahead.
     */
    private RegistrationIntent begin(String username) {
        for (int attempt = 0; attempt < 2; attempt++) {
            RegistrationIntent intent = RegistrationIntent.begin(username, clock.instant());
            if (intents.begin(intent)) {
                return intent;
            }
            Optional<RegistrationIntent> existing = intents.byUsername(intent.username());
            if (existing.isPresent() && reclaim.reclaim(existing.get()) == ReclaimDecision.Outcome.IN_PROGRESS) {
                throw inProgress();
            }
        }
        // Reclaimed, and yet another registration of the name got in first.
        throw inProgress();
    }

    /** Removes the intent of a registration that is over; if that fails, the sweep finds it finished later. */
    private void forget(RegistrationIntent intent) {
        try {
            intents.remove(intent);
        } catch (RuntimeException e) {
            log.warn("Registration intent begun at {} not removed; the sweep removes it: {}", intent.startedAt(),
                    e.getClass().getName());
        }
    }

    private void undo(RegistrationIntent intent, String subject, boolean stored) {
        if (stored) {
            try {
                persons.remove(subject);
            } catch (RuntimeException e) {
                meters.counter("identity.registration.compensation.failures", "step", "record").increment();
                log.error("Registration of {} failed and its identity record could not be removed", subject, e);
            }
        }
        try {
            accounts.delete(subject);
            meters.counter("identity.registration.compensations").increment();
        } catch (RuntimeException e) {
            // The intent (with the subject, if it could be recorded) stays: the sweep deletes the account later.
            meters.counter("identity.registration.compensation.failures", "step", "account").increment();
            log.error("Registration of {} failed and its Keycloak account could not be removed", subject, e);
            return;
        }
        forget(intent);
    }

    static PlatformException interrupted() {
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "REGISTRATION_INTERRUPTED", Message.of(
                "注册未能及时完成，未创建账号，请重新注册。",
                "The registration took too long and no account was created; register again."));
    }

    static PlatformException inProgress() {
        return new PlatformException(HttpStatus.CONFLICT, "REGISTRATION_IN_PROGRESS", Message.of(
                "该用户名正在注册中，请稍候几分钟再试。",
                "A registration with this username is in progress; try again in a few minutes."), "username");
    }

    static PlatformException alreadyRegistered() {
        return new PlatformException(HttpStatus.CONFLICT, "ID_NUMBER_REGISTERED", Message.of(
                "该身份证号码已注册。如忘记账号，请通过找回账号办理。",
                "This identity number is already registered; recover the existing account instead."), "idNumber");
    }
}
