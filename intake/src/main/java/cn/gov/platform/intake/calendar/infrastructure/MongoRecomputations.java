package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.Recomputations;
import cn.gov.platform.intake.calendar.domain.Recomputation;
import cn.gov.platform.intake.calendar.domain.RecomputationState;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Recomputation jobs in collection {@code calendar_recomputations}, {@code _id} = {@code year:version}
 * (so a job is created once however often it is asked for), saved with a compare-and-set on
 * {@code (_id, version)}, which has its own unique index so the embedded store does not scan.
 */
class MongoRecomputations implements Recomputations {

    static final String COLLECTION = "calendar_recomputations";
    private final MongoTemplate mongo;

    MongoRecomputations(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("id_version"));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).named("state"));
    }

    @Override
    public boolean create(Recomputation job) {
        try {
            mongo.insert(withVersion(job, 1), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean save(Recomputation job) {
        Query same = Query.query(Criteria.where("_id").is(job.id()).and("version").is(job.version()));
        return mongo.findAndReplace(same, withVersion(job, job.version() + 1), FindAndReplaceOptions.none(),
                Recomputation.class, COLLECTION) != null;
    }

    @Override
    public Optional<Recomputation> find(int year, int calendarVersion) {
        return Optional.ofNullable(mongo.findById(Recomputation.idOf(year, calendarVersion), Recomputation.class,
                COLLECTION));
    }

    @Override
    public List<Recomputation> unfinished(int limit) {
        Query q = Query.query(Criteria.where("state").in(RecomputationState.PENDING.name(),
                RecomputationState.RUNNING.name())).with(Sort.by(Sort.Direction.ASC, "createdAt")).limit(limit);
        return mongo.find(q, Recomputation.class, COLLECTION);
    }

    @Override
    public List<Recomputation> ofYear(int year) {
        Query q = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.ASC, "calendarVersion"));
        return mongo.find(q, Recomputation.class, COLLECTION);
    }

    @Override
    public List<String> ids() {
        Query q = new Query();
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    private static Recomputation withVersion(Recomputation j, long version) {
        return new Recomputation(j.id(), version, j.year(), j.calendarVersion(), j.state(), j.source(), j.cursor(),
                j.examined(), j.changed(), j.createdAt(), j.startedAt(), j.finishedAt());
    }
}
