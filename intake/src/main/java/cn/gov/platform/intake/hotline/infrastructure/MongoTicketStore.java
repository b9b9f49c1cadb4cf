package cn.gov.platform.intake.hotline.infrastructure;

import cn.gov.platform.intake.hotline.application.TicketStore;
import cn.gov.platform.intake.hotline.domain.Ticket;
import cn.gov.platform.intake.hotline.domain.TicketSnapshot;
import cn.gov.platform.intake.hotline.domain.TicketState;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Hotline tickets in collection {@code hotline_tickets}, each with its outbox. */
class MongoTicketStore implements TicketStore {

    static final String COLLECTION = "hotline_tickets";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoTicketStore(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("id_version"));
        indexes.createIndex(new Index().on("phoneKey", Sort.Direction.ASC).named("phone"));
        indexes.createIndex(new Index().on("citizenSubject", Sort.Direction.ASC).named("citizen"));
        indexes.createIndex(new Index().on("division", Sort.Direction.ASC).on("department", Sort.Direction.ASC)
                .named("department"));
    }

    @Override
    public boolean insert(Ticket ticket) {
        try {
            mongo.insert(ticket.snapshot().withVersion(1), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.pending(COLLECTION, ticket.snapshot().id());
        return true;
    }

    @Override
    public boolean save(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        TicketSnapshot previous = mongo.findAndReplace(Query.query(Criteria.where("_id").is(s.id()).and("version")
                .is(s.version())), s.withVersion(s.version() + 1), FindAndReplaceOptions.none(), TicketSnapshot.class,
                COLLECTION);
        if (previous == null) {
            return false;
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public Optional<TicketSnapshot> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TicketSnapshot.class, COLLECTION));
    }

    @Override
    public Optional<TicketSnapshot> latestAnsweredOf(String phoneKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("phoneKey").is(phoneKey).and("state")
                .is(TicketState.ANSWERED.name()).and("answeredAtOnce").is(false))
                .with(Sort.by(Sort.Direction.DESC, "answeredAt")), TicketSnapshot.class, COLLECTION));
    }

    @Override
    public List<TicketSnapshot> within(String divisionPrefix, int limit) {
        return mongo.find(Query.query(Criteria.where("division").regex("^" + Pattern.quote(divisionPrefix)))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), TicketSnapshot.class, COLLECTION);
    }

    @Override
    public List<TicketSnapshot> with(String division, String department, int limit) {
        return mongo.find(Query.query(Criteria.where("division").is(division).and("department").is(department))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), TicketSnapshot.class, COLLECTION)
                .stream().sorted(Comparator.comparing((TicketSnapshot t) -> !t.isOpen())
                        .thenComparing(t -> t.isOpen() ? t.dueOn() : LocalDate.MAX))
                .toList();
    }

    @Override
    public List<TicketSnapshot> ofCitizen(String subject, int limit) {
        return mongo.find(Query.query(Criteria.where("citizenSubject").is(subject))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), TicketSnapshot.class, COLLECTION);
    }

    @Override
    public void each(Consumer<TicketSnapshot> action) {
        try (var all = mongo.stream(new Query(), TicketSnapshot.class, COLLECTION)) {
            all.forEach(action);
        }
    }
}
