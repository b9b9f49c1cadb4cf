package cn.gov.platform.support.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@link OutboxStore} of documents that keep their events in an array {@code outbox} (each
 * with {@code eventId}, {@code type}, and {@code publishedAt} once relayed), a flag
 * {@code outboxPending} written with them, and a {@code version} every save increments: the shape
 * of intake's and credit's aggregates. Hints name a document as {@code <collection>/<id>}. Events
 * are marked relayed only if the document's version did not change since it was read (otherwise
 * they go again, and consumers drop the duplicates); the sweep reads {@code outboxPending}, which
 * each collection indexes.
 */
public final class MongoOutboxStore implements OutboxStore {

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxStore.class);
    private static final String[] READ = {"_id", "version", "outbox", "outboxPending"};

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final Function<Document, Map<String, String>> encoder;
    private final Clock clock;

    /**
     * @param encoder a stored event's stream fields, by its stream's contract
     */
    public MongoOutboxStore(MongoTemplate mongo, List<String> collections,
            Function<Document, Map<String, String>> encoder, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The hint of a document of {@code collection}. */
    public static String key(String collection, Object id) {
        return collection + "/" + id;
    }

    /** Where a pending outbox came from, and the events as stored, to mark them in place. */
    private record Stored(String collection, Object id, Object version, List<Document> outbox) {
    }

    @Override
    public List<PendingOutbox> pending(Collection<String> keys) {
        List<PendingOutbox> found = new ArrayList<>();
        for (String key : Set.copyOf(keys)) {
            int slash = key.indexOf('/');
            String collection = slash < 0 ? "" : key.substring(0, slash);
            if (!collections.contains(collection)) {
                continue; // a hint of another version of the service, or garbage: the sweep is the truth
            }
            Query byId = Query.query(Criteria.where("_id").is(key.substring(slash + 1)));
            byId.fields().include(READ);
            Document d = mongo.findOne(byId, Document.class, collection);
            if (d != null && Boolean.TRUE.equals(d.getBoolean("outboxPending"))) {
                addPending(found, collection, d);
            }
        }
        return found;
    }

    @Override
    public List<PendingOutbox> sweep(int limit) {
        List<PendingOutbox> found = new ArrayList<>();
        for (String collection : collections) {
            if (found.size() >= limit) {
                break;
            }
            Query pending = Query.query(Criteria.where("outboxPending").is(true)).limit(limit - found.size());
            pending.fields().include(READ);
            mongo.find(pending, Document.class, collection).forEach(d -> addPending(found, collection, d));
        }
        return found;
    }

    /** A document whose events cannot be encoded is left where it is (and logged): it must not hold up the others. */
    private void addPending(List<PendingOutbox> found, String collection, Document d) {
        try {
            found.add(pendingOf(collection, d));
        } catch (RuntimeException e) {
            log.error("Outbox of {}/{} cannot be encoded by its stream's contract, not relayed: {}", collection,
                    d.get("_id"), e.toString());
        }
    }

    private PendingOutbox pendingOf(String collection, Document d) {
        List<Document> outbox = d.getList("outbox", Document.class, List.of());
        List<OutboxEntry> events = new ArrayList<>();
        for (Document e : outbox) {
            if (e.get("publishedAt") == null) {
                events.add(new OutboxEntry(e.getString("eventId"), e.getString("type"), encoder.apply(e)));
            }
        }
        Object version = d.get("version");
        return new PendingOutbox(key(collection, d.get("_id")), new Stored(collection, d.get("_id"),
                version == null ? 0L : version, outbox), events);
    }

    @Override
    public void markRelayed(PendingOutbox outbox, List<String> eventIds) {
        Stored stored = (Stored) outbox.version();
        Set<String> relayed = Set.copyOf(eventIds);
        Date now = Date.from(clock.instant());
        List<Document> marked = new ArrayList<>();
        boolean stillPending = false;
        for (Document e : stored.outbox()) {
            if (e.get("publishedAt") == null && relayed.contains(e.getString("eventId"))) {
                e = new Document(e).append("publishedAt", now);
            }
            stillPending |= e.get("publishedAt") == null;
            marked.add(e);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id()).and("version").is(stored.version())),
                new Update().set("outbox", marked).set("outboxPending", stillPending), stored.collection());
    }
}
