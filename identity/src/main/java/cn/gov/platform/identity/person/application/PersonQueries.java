package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.identity.person.domain.Contact;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.PersonRecord;
import cn.gov.platform.identity.person.domain.PersonRecords;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.Preferences;
import cn.gov.platform.identity.person.domain.PreferencesStore;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.identity.person.domain.Sealer;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reading persons, their preferences and, for SMS only, their contact data. */
@Service
public class PersonQueries {

    static final String CONTACT_CHECK = "contact";

    private final Persons persons;
    private final PersonRecords records;
    private final PreferencesStore preferences;
    private final CheckCache cache;
    private final Sealer sealer;
    private final AuditLog audit;
    private final Timer contactTimer;

    public PersonQueries(Persons persons, PersonRecords records, PreferencesStore preferences, CheckCache cache, Sealer sealer,
            AuditLog audit, MeterRegistry meters) {
        this.persons = persons;
        this.records = records;
        this.preferences = preferences;
        this.cache = cache;
        this.sealer = sealer;
        this.audit = audit;
        this.contactTimer = Timer.builder("identity.use-case").tag("use-case", "contact").register(meters);
    }

    public Optional<Person> bySubject(String subject) {
        return persons.bySubject(subject);
    }

    /**
     * The real name of an account's person or of a person record (served without an account), for views
     * that name a principal; empty for an account without a real-name record.
     */
    public Optional<String> nameOf(String subject) {
        return persons.bySubject(subject).map(Person::name)
                .or(() -> records.bySubject(subject).map(PersonRecord::name));
    }

    public Optional<Person> byUsername(String username) {
        return persons.byUsername(username);
    }

    public Optional<Person> byIdNumber(ResidentIdNumber idNumber) {
        return persons.byIdNumber(idNumber);
    }

    public Preferences preferencesOf(String subject) {
        return preferences.find(subject).orElse(Preferences.DEFAULT);
    }

    public void savePreferences(String subject, Preferences chosen) {
        preferences.save(subject, chosen);
        cache.invalidate(CONTACT_CHECK, subject);
        audit.record(subject, "PREFERENCES_CHANGED", "person", subject, List.of(subject),
                Map.of("language", chosen.language(), "smsOptIn", String.valueOf(chosen.smsOptIn())));
    }

    /**
     * The phone number in clear and the language, for the notification service's SMS. The cache
     * holds the number sealed, so Redis never stores it in clear either.
     */
    public Optional<Contact> contact(String subject) {
        return contactTimer.record(() -> {
            SealedContact sealed = cache.get(CONTACT_CHECK, subject, "contact", SealedContact.class, () ->
                    new CheckCache.Answer<>(persons.bySubject(subject)
                            .map(p -> new SealedContact(sealer.seal(p.phone().value()), preferencesOf(subject).language()))
                            // A person served at a window without an account: the phone they gave there, if any.
                            .or(() -> records.bySubject(subject).filter(r -> r.phone() != null).map(r -> new SealedContact(
                                    sealer.seal(r.phone().value()), Preferences.DEFAULT.language())))
                            .orElse(SealedContact.NONE), Duration.ofDays(1)));
            return sealed.phone().isEmpty()
                    ? Optional.<Contact>empty()
                    : Optional.of(new Contact(sealer.open(sealed.phone()), sealed.language()));
        });
    }

    /** A cached contact; an empty phone records that the subject is not a registered person. */
    record SealedContact(String phone, String language) {
        static final SealedContact NONE = new SealedContact("", "");
    }

    static PlatformException notRegistered() {
        return PlatformException.notFound("PERSON_NOT_FOUND", Message.of(
                "尚未登记您的实名信息，请先完成注册。",
                "You have no identity record yet; register first."));
    }
}
