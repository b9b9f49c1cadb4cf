package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.RealNameVerifier;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Asks the real-name provider whether a person's name and identity number belong together (IDN-1). */
@Service
public class RealNameVerification {

    private static final Logger log = LoggerFactory.getLogger(RealNameVerification.class);

    private final Persons persons;
    private final RealNameVerifier verifier;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry meters;

    public RealNameVerification(Persons persons, RealNameVerifier verifier, AuditLog audit, Clock clock,
            MeterRegistry meters) {
        this.persons = persons;
        this.verifier = verifier;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * One attempt right after registration: if the provider cannot answer, the person stays
     * unverified and may retry; registration does not fail for it.
     */
    Person attempt(Person person, String actor) {
        try {
            return decide(person, actor);
        } catch (RealNameVerifier.ProviderUnavailable e) {
            meters.counter("identity.verifications", "outcome", "unavailable").increment();
            log.warn("Real-name provider unavailable; {} stays unverified", person.subject());
            return person;
        } catch (RealNameVerifier.NotConfigured e) {
            meters.counter("identity.verifications", "outcome", "not-configured").increment();
            log.warn("No real-name provider is configured; {} stays unverified", person.subject());
            return person;
        }
    }

    /** The person asks again (after a failure or an outage); a verified person is refused with 409. */
    public Person retry(String subject) {
        Person person = persons.bySubject(subject).orElseThrow(PersonQueries::notRegistered);
        try {
            return decide(person, subject);
        } catch (RealNameVerifier.ProviderUnavailable e) {
            meters.counter("identity.verifications", "outcome", "unavailable").increment();
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "VERIFICATION_UNAVAILABLE", Message.of(
                    "实名认证服务暂时不可用，请稍后重试。",
                    "The real-name verification service is unavailable; try again later."));
        } catch (RealNameVerifier.NotConfigured e) {
            meters.counter("identity.verifications", "outcome", "not-configured").increment();
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "VERIFICATION_NOT_CONFIGURED", Message.of(
                    "本平台尚未接入实名认证服务，暂时无法完成实名认证，请联系平台管理员。",
                    "This platform has no real-name verification service configured, so nobody can be verified now;"
                            + " contact the platform's administrators."));
        }
    }

    private Person decide(Person person, String actor) {
        if (person.isVerified()) {
            person.recordVerification(true, "-", clock.instant()); // throws ALREADY_VERIFIED
        }
        RealNameVerifier.Outcome outcome = verifier.verify(person.name(), person.idNumber());
        person.recordVerification(outcome.matched(), outcome.method(), clock.instant());
        persons.update(person);
        String action = outcome.matched() ? "PERSON_VERIFIED" : "PERSON_VERIFICATION_FAILED";
        audit.record(actor, action, "person", person.subject(), List.of(person.subject()),
                Map.of("method", outcome.method()));
        meters.counter("identity.verifications", "outcome", outcome.matched() ? "verified" : "failed").increment();
        return person;
    }
}
