package cn.gov.platform.intake.complaints.infrastructure;

import cn.gov.platform.intake.complaints.application.ComplaintStore;
import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.intake.complaints.domain.ComplaintState;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Complaints in collection {@code complaints}; the id derives from complainant and Idempotency-Key. */
class MongoComplaintStore implements ComplaintStore {

    static final String COLLECTION = "complaints";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoComplaintStore(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("id_version"));
        indexes.createIndex(new Index().on("complainantSubject", Sort.Direction.ASC).named("complainant"));
        indexes.createIndex(new Index().on("division", Sort.Direction.ASC).on("department", Sort.Direction.ASC)
                .named("department"));
    }

    @Override
    public boolean insert(Complaint complaint) {
        try {
            mongo.insert(complaint.snapshot().withVersion(1), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.pending(COLLECTION, complaint.snapshot().id());
        return true;
    }

    @Override
    public boolean save(Complaint complaint) {
        ComplaintSnapshot s = complaint.snapshot();
        ComplaintSnapshot previous = mongo.findAndReplace(Query.query(Criteria.where("_id").is(s.id()).and("version")
                .is(s.version())), s.withVersion(s.version() + 1), FindAndReplaceOptions.none(),
                ComplaintSnapshot.class, COLLECTION);
        if (previous == null) {
            return false;
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public Optional<ComplaintSnapshot> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComplaintSnapshot.class, COLLECTION));
    }

    @Override
    public List<ComplaintSnapshot> ofComplainant(String subject, int limit) {
        return mongo.find(Query.query(Criteria.where("complainantSubject").is(subject))
                .with(Sort.by(Sort.Direction.DESC, "filedAt")).limit(limit), ComplaintSnapshot.class, COLLECTION);
    }

    @Override
    public List<ComplaintSnapshot> against(String division, String department, int limit) {
        return mongo.find(Query.query(Criteria.where("division").is(division).and("department").is(department))
                .with(Sort.by(Sort.Direction.DESC, "state").and(Sort.by(Sort.Direction.ASC, "dueOn"))).limit(limit),
                ComplaintSnapshot.class, COLLECTION);
    }

    @Override
    public List<String> filedAndDue(LocalDate filedBy, LocalDate dueFrom, @Nullable String afterId, int limit) {
        Criteria c = Criteria.where("state").is(ComplaintState.FILED.name()).and("filedOn").lte(filedBy.toString())
                .and("dueOn").gte(dueFrom.toString());
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        Query q = Query.query(c).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit);
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public void each(Consumer<ComplaintSnapshot> action) {
        try (var all = mongo.stream(new Query(), ComplaintSnapshot.class, COLLECTION)) {
            all.forEach(action);
        }
    }
}
