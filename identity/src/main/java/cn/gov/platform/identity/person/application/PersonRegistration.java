package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.NewPerson;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Registers a natural person: the login account at Keycloak and the identity record are
 * created together or not at all. Keycloak has no transaction shared with MongoDB, so the
 * account is created first and deleted again if the record (or its audit entry) cannot be
 * written; a person whose record exists always has an account.
 */
@Service
public class PersonRegistration {

    private static final Logger log = LoggerFactory.getLogger(PersonRegistration.class);

    private final Persons persons;
    private final Accounts accounts;
    private final RealNameVerification verification;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer timer;

    public PersonRegistration(Persons persons, Accounts accounts, RealNameVerification verification, AuditLog audit,
            IdentityProperties properties, Clock clock, MeterRegistry meters) {
        this.persons = persons;
        this.accounts = accounts;
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
            String subject = accounts.create(applicant.username(), applicant.password(), applicant.name(),
                    properties.keycloak().citizenRole());
            Person person = Person.register(subject, applicant, clock.instant());
            boolean stored = false;
            try {
                persons.add(person);
                stored = true;
                audit.record(subject, "PERSON_REGISTERED", "person", subject, List.of(subject),
                        Map.of("username", applicant.username()));
            } catch (RuntimeException e) {
                undo(subject, stored);
                throw e;
            }
            meters.counter("identity.persons.registered").increment();
            return verification.attempt(person, subject);
        });
    }

    private void undo(String subject, boolean stored) {
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
            meters.counter("identity.registration.compensation.failures", "step", "account").increment();
            log.error("Registration of {} failed and its Keycloak account could not be removed", subject, e);
        }
    }

    static PlatformException alreadyRegistered() {
        return new PlatformException(HttpStatus.CONFLICT, "ID_NUMBER_REGISTERED", Message.of(
                "该身份证号码已注册。如忘记账号，请通过找回账号办理。",
                "This identity number is already registered; recover the existing account instead."), "idNumber");
    }
}
