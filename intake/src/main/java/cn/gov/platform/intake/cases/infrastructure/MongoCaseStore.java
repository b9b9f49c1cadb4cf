package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.support.events.MongoOutboxStore;
import cn.gov.platform.support.events.OutboxHints;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Cases in collection {@code cases}, one document per case with its outbox, so a state change
 * and its events are one write (the embedded store has no multi-document transactions).
 * Unique indexes guard what must be unique: the filer's idempotency key and both number series.
 */
class MongoCaseStore implements CaseStore {

    static final String COLLECTION = "cases";
    private final MongoTemplate mongo;
    private final OutboxHints hints;

    MongoCaseStore(MongoTemplate mongo, OutboxHints hints) {
        this.mongo = mongo;
        this.hints = hints;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("filerSubject", Sort.Direction.ASC).on("idempotencyKey", Sort.Direction.ASC)
                .unique().named("filer_key_unique"));
        // Sparse: most cases have only one of the two numbers, and drafts neither.
        indexes.createIndex(new Index().on("number", Sort.Direction.ASC).unique().sparse().named("number_unique"));
        indexes.createIndex(new Index().on("noticeNumber", Sort.Direction.ASC).unique().sparse()
                .named("notice_number_unique"));
        indexes.createIndex(new Index().on("applicantSubject", Sort.Direction.ASC).named("applicant"));
        indexes.createIndex(new Index().on("agentSubject", Sort.Direction.ASC).named("agent"));
        indexes.createIndex(new Index().on("division", Sort.Direction.ASC).on("department", Sort.Direction.ASC)
                .named("handled_by"));
        indexes.createIndex(new Index().on("outboxPending", Sort.Direction.ASC).named("outbox_pending"));
        indexes.createIndex(new Index().on("creditFeedbackPending", Sort.Direction.ASC).named("credit_feedback_pending"));
        indexes.createIndex(new Index().on("deemedDue", Sort.Direction.ASC).named("deemed_due"));
        indexes.createIndex(new Index().on("reportedTo", Sort.Direction.ASC).on("reportedToDepartment",
                Sort.Direction.ASC).named("reported_to"));
        // Every save is a compare-and-set on (_id, version). MongoDB answers it from the _id index;
        // the embedded store uses an index only when its keys equal the query's exactly, and
        // without this one each save scanned the whole collection. Unique because _id is.
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                .unique().named("id_version"));
    }

    @Override
    public boolean insert(Case newCase) {
        try {
            mongo.insert(CaseDocument.of(newCase.snapshot().withVersion(1)), COLLECTION);
            hints.pending(MongoOutboxStore.key(COLLECTION, newCase.snapshot().id()));
            return true;
        } catch (DuplicateKeyException e) {
            if (isKeyClash(e, newCase.snapshot().id())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void save(Case changed) {
        CaseSnapshot snapshot = changed.snapshot();
        Query sameVersion = Query.query(Criteria.where("_id").is(snapshot.id()).and("version").is(snapshot.version()));
        try {
            CaseDocument previous = mongo.findAndReplace(sameVersion,
                    CaseDocument.of(snapshot.withVersion(snapshot.version() + 1)), COLLECTION);
            if (previous == null) {
                throw new ConcurrentChange();
            }
            hints.pending(MongoOutboxStore.key(COLLECTION, snapshot.id()));
        } catch (DuplicateKeyException e) {
            String message = String.valueOf(e.getMessage());
            throw new NumberTaken(message.contains("notice") ? "noticeNumber" : "number");
        }
    }

    private boolean isKeyClash(DuplicateKeyException e, String id) {
        String message = String.valueOf(e.getMessage());
        return message.contains("filer_key_unique") || message.contains("idempotencyKey")
                || mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return Optional.ofNullable(mongo.findById(id.value(), CaseDocument.class, COLLECTION))
                .map(d -> Case.restore(d.toSnapshot()));
    }

    @Override
    public Optional<Case> findByNumber(CaseNumber number) {
        // The query's one key is the unique index's, so the embedded store uses the index too.
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("number").is(number.value())),
                CaseDocument.class, COLLECTION)).map(d -> Case.restore(d.toSnapshot()));
    }

    @Override
    public Optional<Case> findByKey(String filerSubject, String idempotencyKey) {
        // A primary-key read: the id is derived from filer and key (see CaseId.forSubmission).
        return find(CaseId.forSubmission(filerSubject, idempotencyKey))
                .filter(c -> c.snapshot().filing().filerSubject().equals(filerSubject)
                        && c.snapshot().filing().idempotencyKey().equals(idempotencyKey));
    }

    @Override
    public List<CaseSnapshot> ofApplicant(String subject, int limit) {
        Query q = Query.query(new Criteria().orOperator(Criteria.where("applicantSubject").is(subject),
                Criteria.where("agentSubject").is(subject))).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(q, CaseDocument.class, COLLECTION).stream().map(CaseDocument::toSnapshot).toList();
    }

    @Override
    public QueuePage handledBy(String division, String department, @Nullable CaseState state, int skip, int limit) {
        Criteria whose = new Criteria().orOperator(
                Criteria.where("division").is(division).and("department").is(department),
                Criteria.where("reportedTo").is(division).and("reportedToDepartment").is(department),
                // Joint tasks are at the case's own division.
                Criteria.where("division").is(division).and("tasks.department").is(department));
        // A draft is the applicant's own business until it is submitted.
        Criteria c = new Criteria().andOperator(whose, state == null ? Criteria.where("state").ne(CaseState.DRAFT.name())
                : Criteria.where("state").is(state.name()));
        // The id breaks ties, so that a case is on one page only however many were submitted in one millisecond.
        Sort queue = Sort.by(Sort.Order.desc("greenChannel"), Sort.Order.asc("submittedAt"), Sort.Order.asc("_id"));
        List<CaseSnapshot> items = mongo.find(Query.query(c).with(queue).skip(skip).limit(limit), CaseDocument.class,
                COLLECTION).stream().map(CaseDocument::toSnapshot).toList();
        long total = skip == 0 && items.size() < limit ? items.size() : mongo.count(Query.query(c), COLLECTION);
        return new QueuePage(items, total);
    }

    @Override
    public List<String> dueForDeemedConsent(LocalDate today, int limit) {
        // Dates are stored as ISO text (LocalDateConverters), which orders like the dates themselves.
        Query q = Query.query(Criteria.where("deemedDue").lt(today.toString()).and("state")
                .is(CaseState.UNDER_REVIEW.name())).limit(limit);
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public List<String> withOpenDeadlines(LocalDate acceptedBy, LocalDate reaching, @Nullable String afterId,
            int limit) {
        String from = reaching.toString();
        // The statutory date is the latest of a case's dates (tasks and tolerated materials fall within
        // it), unless a recomputation moved one past it; a stopped clock has no statutory date at all.
        List<Criteria> all = new java.util.ArrayList<>(List.of(
                Criteria.where("state").in(CaseState.ACCEPTED.name(), CaseState.ACCEPTED_WITH_TOLERANCE.name(),
                        CaseState.UNDER_REVIEW.name(), CaseState.SUPPLEMENT_REQUESTED.name()),
                Criteria.where("acceptedOn").lte(acceptedBy.toString()),
                new Criteria().orOperator(Criteria.where("statutoryDue").gte(from), Criteria.where("statutoryDue").is(null),
                        Criteria.where("tasks.dueOn").gte(from), Criteria.where("tolerated.dueBy").gte(from))));
        if (afterId != null) {
            all.add(Criteria.where("_id").gt(afterId));
        }
        Query q = Query.query(new Criteria().andOperator(all)).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit);
        q.fields().include("_id");
        return mongo.find(q, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public void each(Consumer<CaseSnapshot> action) {
        try (var all = mongo.stream(new Query(), CaseDocument.class, COLLECTION)) {
            all.map(CaseDocument::toSnapshot).forEach(action);
        }
    }

    @Override
    public void insertGenerated(List<Case> generated) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        bulk.insert(generated.stream().map(c -> CaseDocument.of(c.snapshot().withVersion(1)).withoutEvents()).toList());
        bulk.execute();
    }

    @Override
    public long highestSerial(String field, String prefix) {
        Query q = Query.query(Criteria.where(field).regex("^" + Pattern.quote(prefix)))
                .with(Sort.by(Sort.Direction.DESC, field)).limit(1);
        q.fields().include(field);
        var doc = mongo.findOne(q, org.bson.Document.class, COLLECTION);
        if (doc == null) {
            return 0;
        }
        String number = doc.getString(field);
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1).replace("N", ""));
    }
}
