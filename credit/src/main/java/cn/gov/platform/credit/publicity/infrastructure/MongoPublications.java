package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.publicity.domain.Publication;
import cn.gov.platform.credit.publicity.domain.Publications;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Publications in collection {@code publications}; ids are natural keys, so a repeat is refused by {@code _id}. */
class MongoPublications implements Publications {

    static final String COLLECTION = "publications";
    private final MongoTemplate mongo;

    MongoPublications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Publication publication) {
        try {
            mongo.insert(publication, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean replace(Publication previous, Publication next) {
        // Matched on exactly {_id, version}, the unique index (the embedded store scans otherwise).
        if (mongo.replace(Query.query(Criteria.where("_id").is(previous.id()).and("version").is(previous.version())), next,
                COLLECTION).getModifiedCount() == 1) {
            return true;
        }
        // Publications stored before they had a version have none: version 0 stands for those too.
        return previous.version() == 0 && mongo.replace(Query.query(Criteria.where("_id").is(previous.id())
                .and("version").exists(false)), next, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public Optional<Publication> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Publication.class, COLLECTION));
    }

    @Override
    public List<Publication> pending(int limit) {
        return mongo.find(Query.query(Criteria.where("state").is("PENDING")).limit(limit), Publication.class, COLLECTION);
    }

    @Override
    public List<Publication> pending(@Nullable String afterId, int limit) {
        Criteria pending = Criteria.where("state").is("PENDING");
        if (afterId != null) {
            pending = pending.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(pending).with(Sort.by("_id")).limit(limit), Publication.class, COLLECTION);
    }

    @Override
    public List<Publication> pendingOf(@Nullable String department, int limit) {
        Criteria pending = Criteria.where("state").is("PENDING");
        if (department != null) {
            pending = pending.and("department").is(department);
        }
        // dueBy is stored as ISO text, which orders like the date.
        return mongo.find(Query.query(pending).with(Sort.by("dueBy", "_id")).limit(limit), Publication.class, COLLECTION);
    }

    @Override
    public List<Publication> published(Publication.Kind kind, int page, int size) {
        return mongo.find(Query.query(Criteria.where("kind").is(kind.name()).and("state").is("PUBLISHED"))
                .with(Sort.by(Sort.Direction.DESC, "decisionDate")).skip((long) page * size).limit(size),
                Publication.class, COLLECTION);
    }

    @Override
    public List<Publication> overdue(LocalDate today, int limit) {
        // dueBy is stored as ISO text, which orders like the date.
        return mongo.find(Query.query(Criteria.where("dueBy").lt(today.toString())).with(Sort.by("dueBy")), Publication.class,
                COLLECTION).stream().filter(p -> p.overdueOn(today)).limit(limit).toList();
    }
}
