package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A person changes the phone number SMS notices go to; the audit says it changed, not to what. */
@Service
public class PhoneChange {

    private final Persons persons;
    private final CheckCache cache;
    private final AuditLog audit;

    public PhoneChange(Persons persons, CheckCache cache, AuditLog audit) {
        this.persons = persons;
        this.cache = cache;
        this.audit = audit;
    }

    public Person change(String subject, MobileNumber phone) {
        Person person = persons.bySubject(subject).orElseThrow(PersonQueries::notRegistered);
        person.changePhone(phone);
        persons.update(person);
        cache.invalidate(PersonQueries.CONTACT_CHECK, subject);
        audit.record(subject, "PHONE_CHANGED", "person", subject, List.of(subject), Map.of("phone", phone.masked()));
        return person;
    }
}
