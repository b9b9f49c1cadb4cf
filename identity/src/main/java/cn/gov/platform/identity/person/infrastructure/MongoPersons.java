package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.identity.person.domain.Sealer;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.identity.person.domain.VerificationStatus;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;

/**
 * Persons in the {@code persons} collection. Identity number and phone are stored sealed; the
 * identity number's keyed fingerprint carries a unique index, so two registrations with the same
 * number cannot both succeed even when they race.
 */
public class MongoPersons implements Persons {

    private final MongoTemplate mongo;
    private final Sealer sealer;

    public MongoPersons(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
        mongo.indexOps(Stored.class).createIndex(new Index().on("idFingerprint", Sort.Direction.ASC).unique());
        mongo.indexOps(Stored.class).createIndex(new Index().on("username", Sort.Direction.ASC).unique());
    }

    @Override
    public void add(Person person) {
        try {
            mongo.insert(toStored(person));
        } catch (DuplicateKeyException e) {
            // Only the identity number's fingerprint says "same person"; a clash on the subject or
            // username means the account already has a record.
            if (!String.valueOf(e.getMessage()).contains("idFingerprint")) {
                throw new PlatformException(HttpStatus.CONFLICT, "USERNAME_TAKEN", Message.of(
                        "该用户名已被使用，请换一个。", "That username is taken; choose another."), "username");
            }
            throw new PlatformException(HttpStatus.CONFLICT, "ID_NUMBER_REGISTERED", Message.of(
                    "该身份证号码已注册。如忘记账号，请通过找回账号办理。",
                    "This identity number is already registered; recover the existing account instead."), "idNumber");
        }
    }

    @Override
    public void update(Person person) {
        mongo.save(toStored(person));
    }

    @Override
    public void remove(String subject) {
        mongo.remove(Query.query(Criteria.where("_id").is(subject)), Stored.class);
    }

    @Override
    public Optional<Person> bySubject(String subject) {
        return Optional.ofNullable(mongo.findById(subject, Stored.class)).map(this::toPerson);
    }

    @Override
    public Optional<Person> byIdNumber(ResidentIdNumber idNumber) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("idFingerprint").is(sealer.fingerprint(idNumber.value()))), Stored.class))
                .map(this::toPerson);
    }

    @Override
    public List<Person> byIdNumbers(Collection<ResidentIdNumber> idNumbers) {
        // One query on the fingerprint index for a whole batch (a legacy import resolves up to 1,000 at once).
        List<String> fingerprints = idNumbers.stream().map(n -> sealer.fingerprint(n.value())).distinct().toList();
        return mongo.find(Query.query(Criteria.where("idFingerprint").in(fingerprints)), Stored.class).stream()
                .map(this::toPerson).toList();
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("username").is(username)), Stored.class))
                .map(this::toPerson);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), Stored.class);
    }

    private Stored toStored(Person p) {
        Verification v = p.verification();
        return new Stored(p.subject(), p.username(), p.name(), sealer.seal(p.idNumber().value()),
                sealer.fingerprint(p.idNumber().value()), sealer.seal(p.phone().value()),
                new StoredVerification(v.status().name(), v.at(), v.method()), p.registeredAt());
    }

    private Person toPerson(Stored s) {
        StoredVerification v = s.verification();
        return new Person(s.subject(), s.username(), s.name(), new ResidentIdNumber(sealer.open(s.idNumber())),
                new MobileNumber(sealer.open(s.phone())),
                new Verification(VerificationStatus.valueOf(v.status()), v.at(), v.method()), s.registeredAt());
    }

    @Document("persons")
    record Stored(@Id String subject, String username, String name, String idNumber, String idFingerprint,
            String phone, StoredVerification verification, Instant registeredAt) {
    }

    record StoredVerification(String status, @Nullable Instant at, @Nullable String method) {
    }
}
