package cn.gov.platform.credit.petitions.infrastructure;

import cn.gov.platform.credit.events.CreditOutboxHints;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.Petitions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Petitions in collection {@code petitions} (small: a scan per department list is acceptable). */
class MongoPetitions implements Petitions {

    static final String COLLECTION = "petitions";
    private final MongoTemplate mongo;
    private final CreditOutboxHints hints;

    MongoPetitions(MongoTemplate mongo, CreditOutboxHints hints) {
        this.mongo = mongo;
        this.hints = hints;
    }

    @Override
    public boolean add(Petition petition) {
        try {
            mongo.insert(petition, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean replace(Petition previous, Petition next) {
        boolean saved = mongo.replace(Query.query(Criteria.where("_id").is(previous.id()).and("version")
                .is(previous.version())), next, COLLECTION).getModifiedCount() == 1;
        if (saved && next.outboxPending()) {
            hints.pending(COLLECTION, next.id());
        }
        return saved;
    }

    @Override
    public Optional<Petition> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Petition.class, COLLECTION));
    }

    @Override
    public List<Petition> byDepartment(String department) {
        return mongo.find(Query.query(Criteria.where("issuingDepartment").is(department))
                .with(Sort.by("dueBy")).limit(500), Petition.class, COLLECTION);
    }

    @Override
    public List<Petition> byFiler(String subject) {
        return mongo.find(Query.query(Criteria.where("filedBy").is(subject)).limit(500), Petition.class, COLLECTION);
    }

    @Override
    public List<Petition> aboutEntries(java.util.Collection<String> entryIds) {
        return mongo.find(Query.query(Criteria.where("entryId").in(entryIds)).limit(500), Petition.class, COLLECTION);
    }

    @Override
    public List<Petition> open(@Nullable String afterId, int limit) {
        Criteria open = Criteria.where("state").is("OPEN");
        if (afterId != null) {
            open = open.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(open).with(Sort.by("_id")).limit(limit), Petition.class, COLLECTION);
    }

    @Override
    public List<Petition> openFor(String entryId) {
        return mongo.find(Query.query(Criteria.where("entryId").is(entryId).and("state").is("OPEN")), Petition.class,
                COLLECTION);
    }
}
