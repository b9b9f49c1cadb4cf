package cn.gov.platform.intake.ratings.infrastructure;

import cn.gov.platform.intake.ratings.application.RatingStore;
import cn.gov.platform.intake.ratings.domain.Rating;
import cn.gov.platform.intake.ratings.domain.RatingSnapshot;
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

/** Ratings in collection {@code ratings}: the case id is the primary key, so a case is rated once. */
class MongoRatingStore implements RatingStore {

    static final String COLLECTION = "ratings";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoRatingStore(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version",
                Sort.Direction.ASC).unique().named("id_version"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("division", Sort.Direction.ASC).on("department",
                Sort.Direction.ASC).named("department"));
    }

    @Override
    public boolean insert(Rating rating) {
        try {
            mongo.insert(rating.snapshot().withVersion(1), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.pending(COLLECTION, rating.snapshot().id());
        return true;
    }

    @Override
    public boolean save(Rating rating) {
        RatingSnapshot s = rating.snapshot();
        RatingSnapshot previous = mongo.findAndReplace(Query.query(Criteria.where("_id").is(s.id()).and("version")
                .is(s.version())), s.withVersion(s.version() + 1), FindAndReplaceOptions.none(), RatingSnapshot.class,
                COLLECTION);
        if (previous == null) {
            return false;
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public Optional<RatingSnapshot> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, RatingSnapshot.class, COLLECTION));
    }

    @Override
    public List<RatingSnapshot> openFollowUps(String division, String department, int limit) {
        Query q = Query.query(Criteria.where("division").is(division).and("department").is(department)
                .and("followUp.handledAt").is(null).and("followUp").ne(null))
                .with(Sort.by(Sort.Direction.ASC, "followUp.dueOn")).limit(limit);
        return mongo.find(q, RatingSnapshot.class, COLLECTION);
    }

    @Override
    public void each(Consumer<RatingSnapshot> action) {
        try (var all = mongo.stream(new Query(), RatingSnapshot.class, COLLECTION)) {
            all.forEach(action);
        }
    }
}
