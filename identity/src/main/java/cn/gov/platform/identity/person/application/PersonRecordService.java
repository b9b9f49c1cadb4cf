package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.PersonRecord;
import cn.gov.platform.identity.person.domain.PersonRecords;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * People served at a window without an account (issue 17, point 2). A clerk's filing names the person by
 * name and identity number (checked on the card in person); identity answers with the subject the case
 * belongs to: the person's account when they have one, else their person record (made at the first visit,
 * the same record at every later one).
 *
 * <p>Linking: a record is not copied or moved when its person registers. It is theirs by the identity
 * number: {@link #recordsOf} gives a verified account the record subjects of its own identity number, and
 * intake shows the cases filed under those subjects as the account's. An account that is not verified gets
 * none (registering with someone else's number must not open their cases).
 */
@Service
public class PersonRecordService {

    private final Persons persons;
    private final PersonRecords records;
    private final CheckCache cache;
    private final AuditLog audit;
    private final Clock clock;

    public PersonRecordService(Persons persons, PersonRecords records, CheckCache cache, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.records = records;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whom a counter filing belongs to: the account, or the person record; {@code registered} says which. */
    public record CounterPerson(String subject, boolean registered) {
    }

    public CounterPerson atCounter(String name, String idNumberText, @Nullable String phoneText, String clerkSubject) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(idNumberText, "person.idNumber");
        idNumber.requireBornBy(ChinaTime.today(clock), "person.idNumber");
        MobileNumber phone = phoneText == null || phoneText.isBlank() ? null : MobileNumber.parse(phoneText, "person.phone");
        var account = persons.byIdNumber(idNumber);
        if (account.isPresent()) {
            requireSameName(account.get().name(), name, "person.name");
            return new CounterPerson(account.get().subject(), true);
        }
        PersonRecord record = madeOrFound(name, idNumber, phone, clerkSubject, "person.name");
        audit.record(clerkSubject, "PERSON_SERVED_AT_COUNTER", "person-record", record.subject(), List.of(),
                Map.of("phoneGiven", String.valueOf(phone != null)));
        return new CounterPerson(record.subject(), false);
    }

    /**
     * The person record of a villager a village agent serves in person (INT-10) who has no account: the same
     * record a window would make or find for that identity number, under the same name rule. The caller has
     * checked that no account holds the number; the faults name {@code principalName}.
     */
    public PersonRecord servedByAgent(String name, ResidentIdNumber idNumber, @Nullable MobileNumber phone,
            String agentSubject) {
        PersonRecord.checkName(name, "principalName");
        PersonRecord record = madeOrFound(name, idNumber, phone, agentSubject, "principalName");
        audit.record(agentSubject, "PERSON_SERVED_BY_AGENT", "person-record", record.subject(), List.of(),
                Map.of("phoneGiven", String.valueOf(phone != null)));
        return record;
    }

    private PersonRecord madeOrFound(String name, ResidentIdNumber idNumber, @Nullable MobileNumber phone,
            String servedBy, String nameField) {
        PersonRecord record = records.addOrExisting(PersonRecord.create(name, idNumber, phone, servedBy,
                clock.instant()));
        requireSameName(record.name(), name, nameField);
        if (phone != null && !phone.equals(record.phone())) {
            record = record.withPhone(phone);
            records.update(record);
            cache.invalidate(PersonQueries.CONTACT_CHECK, record.subject());
        }
        return record;
    }

    /** The person-record subjects that are the account's: those of its identity number, once it is verified. */
    public List<String> recordsOf(String subject) {
        return persons.bySubject(subject).filter(Person::isVerified)
                .flatMap(p -> records.byIdNumber(p.idNumber())).map(PersonRecord::subject).stream().toList();
    }

    private static void requireSameName(String known, String given, String field) {
        if (!known.replace(" ", "").equals(given == null ? "" : given.trim().replace(" ", ""))) {
            throw DomainViolation.rule("NAME_DOES_NOT_MATCH_ID_NUMBER", "姓名与该身份证号码登记的姓名不一致，请核对身份证。",
                    "The name differs from the name held for this identity number; check the identity card.",
                    field);
        }
    }
}
