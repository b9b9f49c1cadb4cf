package cn.gov.platform.intake.calendar.infrastructure;

import cn.gov.platform.intake.calendar.application.CalendarYears;
import cn.gov.platform.kernel.calendar.CalendarYear;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Published years in collection {@code calendar_years}, one document per year and version, never
 * updated. The unique index on exactly (year, version) decides between two publications of the same
 * version (and two instances seeding at once); a sparse unique index on the request id keeps a
 * retried publication from storing a second version.
 */
class MongoCalendarYears implements CalendarYears {

    static final String COLLECTION = "calendar_years";
    private final MongoTemplate mongo;

    MongoCalendarYears(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("year", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("year_version"));
        indexes.createIndex(new Index().on("requestId", Sort.Direction.ASC).unique().sparse().named("request"));
    }

    @Override
    public Insert insert(CalendarYear year, @Nullable String requestId, String fingerprint) {
        try {
            mongo.insert(YearDocument.of(year, requestId, fingerprint), COLLECTION);
            return Insert.STORED;
        } catch (DuplicateKeyException e) {
            return requestId != null && byRequest(requestId).isPresent() ? Insert.REQUEST_TAKEN : Insert.VERSION_TAKEN;
        }
    }

    @Override
    public Optional<Stored> byRequest(String requestId) {
        YearDocument d = mongo.findOne(Query.query(Criteria.where("requestId").is(requestId)), YearDocument.class,
                COLLECTION);
        return Optional.ofNullable(d).map(x -> new Stored(x.toYear(), x.requestId(), x.fingerprint()));
    }

    @Override
    public Optional<CalendarYear> newest(int year) {
        Query q = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.DESC, "version")).limit(1);
        return Optional.ofNullable(mongo.findOne(q, YearDocument.class, COLLECTION)).map(YearDocument::toYear);
    }

    @Override
    public Optional<CalendarYear> version(int year, int version) {
        Query q = Query.query(Criteria.where("year").is(year).and("version").is(version));
        return Optional.ofNullable(mongo.findOne(q, YearDocument.class, COLLECTION)).map(YearDocument::toYear);
    }

    @Override
    public List<CalendarYear> versions(int year) {
        Query q = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.ASC, "version"));
        return mongo.find(q, YearDocument.class, COLLECTION).stream().map(YearDocument::toYear).toList();
    }

    @Override
    public List<CalendarYear> newestOfEach() {
        // A few documents per year, a few dozen years: read them all and keep the newest of each.
        BinaryOperator<YearDocument> newer = (a, b) -> a.version() >= b.version() ? a : b;
        Map<Integer, YearDocument> newest = mongo.findAll(YearDocument.class, COLLECTION).stream()
                .collect(Collectors.toMap(YearDocument::year, d -> d, newer));
        return newest.values().stream().sorted(Comparator.comparingInt(YearDocument::year)).map(YearDocument::toYear)
                .toList();
    }
}
