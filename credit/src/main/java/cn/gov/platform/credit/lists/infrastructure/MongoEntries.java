package cn.gov.platform.credit.lists.infrastructure;

import cn.gov.platform.credit.events.CreditOutboxHints;
import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.lists.domain.EntryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Entries in collection {@code entries}; ids come from the natural key, so a duplicate is refused by {@code _id}. */
class MongoEntries implements Entries {

    static final String COLLECTION = "entries";
    private final MongoTemplate mongo;
    private final CreditOutboxHints hints;

    MongoEntries(MongoTemplate mongo, CreditOutboxHints hints) {
        this.mongo = mongo;
        this.hints = hints;
    }

    @Override
    public boolean add(ListEntry entry) {
        try {
            mongo.insert(entry, COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        if (entry.outboxPending()) {
            hints.pending(COLLECTION, entry.id());
        }
        return true;
    }

    @Override
    public boolean replace(ListEntry previous, ListEntry next) {
        boolean saved = mongo.replace(Query.query(Criteria.where("_id").is(previous.id()).and("version")
                .is(previous.version())), next, COLLECTION).getModifiedCount() == 1;
        if (saved && next.outboxPending()) {
            hints.pending(COLLECTION, next.id());
        }
        return saved;
    }

    @Override
    public Optional<ListEntry> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ListEntry.class, COLLECTION));
    }

    /** Dates are stored as ISO text, so "before" is a comparison of strings. */
    @Override
    public List<ListEntry> inForceEndedBefore(LocalDate day, int limit) {
        Query due = Query.query(Criteria.where("status").in(EntryStatus.ACTIVE.name(), EntryStatus.UNDER_OBJECTION.name())
                .and("end").lt(day.toString())).limit(limit);
        return mongo.find(due, ListEntry.class, COLLECTION);
    }
}
