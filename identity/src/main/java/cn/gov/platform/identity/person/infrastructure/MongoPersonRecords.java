package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.PersonRecord;
import cn.gov.platform.identity.person.domain.PersonRecords;
import cn.gov.platform.identity.person.domain.Sealer;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.time.Instant;
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

/**
 * Person records in {@code person_records}: identity number and phone sealed, the number's keyed
 * fingerprint under a unique index so that two clerks serving the same person at once make one record.
 */
public class MongoPersonRecords implements PersonRecords {

    private final MongoTemplate mongo;
    private final Sealer sealer;

    public MongoPersonRecords(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
        mongo.indexOps(Stored.class).createIndex(new Index().on("idFingerprint", Sort.Direction.ASC).unique());
    }

    @Override
    public PersonRecord addOrExisting(PersonRecord record) {
        try {
            mongo.insert(toStored(record));
            return record;
        } catch (DuplicateKeyException e) {
            return byIdNumber(record.idNumber()).orElseThrow(() -> e);
        }
    }

    @Override
    public void update(PersonRecord record) {
        mongo.save(toStored(record));
    }

    @Override
    public Optional<PersonRecord> byIdNumber(ResidentIdNumber idNumber) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("idFingerprint").is(sealer.fingerprint(idNumber.value()))), Stored.class))
                .map(this::toRecord);
    }

    @Override
    public Optional<PersonRecord> bySubject(String subject) {
        if (!PersonRecord.isRecordSubject(subject)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(subject.substring(PersonRecord.SUBJECT_PREFIX.length()), Stored.class))
                .map(this::toRecord);
    }

    private Stored toStored(PersonRecord r) {
        return new Stored(r.id(), r.name(), sealer.seal(r.idNumber().value()), sealer.fingerprint(r.idNumber().value()),
                r.phone() == null ? null : sealer.seal(r.phone().value()), r.createdBy(), r.createdAt());
    }

    private PersonRecord toRecord(Stored s) {
        return new PersonRecord(s.id(), s.name(), new ResidentIdNumber(sealer.open(s.idNumber())),
                s.phone() == null ? null : new MobileNumber(sealer.open(s.phone())), s.createdBy(), s.createdAt());
    }

    @Document("person_records")
    record Stored(@Id String id, String name, String idNumber, String idFingerprint, @Nullable String phone,
            String createdBy, Instant createdAt) {
    }
}
