package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Collection {@code messages}, the queue and the record of every SMS. {@code _id} is
 * {@code eventId:recipient}, and a unique index on (eventId, recipientSubject) says the same
 * again for anyone who reads the indexes. A changed message replaces the stored one only while
 * that one still has the version it was read at.
 */
class MongoMessageStore implements MessageStore {

    static final String COLLECTION = "messages";
    private static final int DUPLICATE_KEY = 11000;
    private final MongoTemplate mongo;

    MongoMessageStore(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("eventId", Sort.Direction.ASC).on("recipientSubject", Sort.Direction.ASC)
                .unique().named("one-message-per-event-and-recipient"));
        indexes.createIndex(new Index().on("eventId", Sort.Direction.ASC).named("by-event"));
        // For a real MongoDB: the dispatcher's query. (The embedded store scans; see README.)
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("notBefore", Sort.Direction.ASC).named("due"));
    }

    @Override
    public boolean insertIfAbsent(Message message) {
        try {
            mongo.insert(message, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Set<String> insertAllIfAbsent(List<Message> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        List<Document> docs = new ArrayList<>();
        for (Message m : batch) {
            Document d = new Document();
            mongo.getConverter().write(m, d);
            docs.add(d);
        }
        Set<String> stored = new LinkedHashSet<>();
        batch.forEach(m -> stored.add(m.id()));
        try {
            mongo.getCollection(COLLECTION).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                stored.remove(batch.get(error.getIndex()).id());
            }
        }
        return stored;
    }

    @Override
    public Optional<Message> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Message.class, COLLECTION));
    }

    @Override
    public List<Message> byEvent(String eventId) {
        return mongo.find(Query.query(Criteria.where("eventId").is(eventId)), Message.class, COLLECTION);
    }

    @Override
    public long countQueued() {
        return mongo.count(Query.query(Criteria.where("status").is(MessageStatus.QUEUED.name())), COLLECTION);
    }

    @Override
    public List<Message> due(Instant now, int limit) {
        Query q = Query.query(Criteria.where("status").is(MessageStatus.QUEUED.name()).and("notBefore").lte(Date.from(now)))
                .with(Sort.by(Sort.Direction.ASC, "notBefore")).limit(limit);
        return mongo.find(q, Message.class, COLLECTION);
    }

    @Override
    public List<Message> expiredLeases(Instant now, int limit) {
        Query q = Query.query(Criteria.where("status").is(MessageStatus.SENDING.name()).and("leaseUntil").lt(Date.from(now)))
                .limit(limit);
        return mongo.find(q, Message.class, COLLECTION);
    }

    @Override
    public boolean update(Message before, Message after) {
        Document replacement = new Document();
        mongo.getConverter().write(after, replacement);
        return mongo.getCollection(COLLECTION)
                .replaceOne(new Document("_id", before.id()).append("version", before.version()), replacement)
                .getModifiedCount() == 1;
    }

    @Override
    public long purgeBodies(Instant before) {
        Query finishedLongAgo = Query.query(Criteria.where("status")
                .in(MessageStatus.DELIVERED.name(), MessageStatus.FAILED.name(), MessageStatus.INBOX_ONLY.name(),
                        MessageStatus.SENT.name())
                .and("updatedAt").lt(Date.from(before)).and("text").ne(null));
        return mongo.updateMulti(finishedLongAgo, new Update().unset("text").inc("version", 1), COLLECTION)
                .getModifiedCount();
    }
}
