package cn.gov.platform.notifications.inbox.infrastructure;

import cn.gov.platform.notifications.inbox.application.InboxEntry;
import cn.gov.platform.notifications.inbox.application.InboxStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Collection {@code inbox}: one document per message, {@code _id} = the message id. */
class MongoInboxStore implements InboxStore {

    static final String COLLECTION = "inbox";
    private final MongoTemplate mongo;

    MongoInboxStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(InboxEntry e) {
        addAll(List.of(e));
    }

    @Override
    public void addAll(List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Document> docs = entries.stream().map(e -> new Document("_id", e.id())
                .append("recipientSubject", e.recipientSubject()).append("templateCode", e.templateCode())
                .append("eventId", e.eventId()).append("text", e.text()).append("read", e.read())
                .append("createdAt", Date.from(e.createdAt()))).toList();
        try {
            mongo.getCollection(COLLECTION).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // The same event and recipient again: the inbox holds it once. Anything else is a failure.
            if (e.getWriteErrors().stream().anyMatch(w -> w.getCode() != 11000)) {
                throw e;
            }
        }
    }

    @Override
    public List<InboxEntry> newestFirst(String recipient, int limit, boolean unreadOnly) {
        Criteria mine = Criteria.where("recipientSubject").is(recipient);
        if (unreadOnly) {
            mine = mine.and("read").is(false);
        }
        Query q = Query.query(mine).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
        return mongo.find(q, Document.class, COLLECTION).stream().map(MongoInboxStore::read).toList();
    }

    @Override
    public long unread(String recipient) {
        return mongo.count(Query.query(Criteria.where("recipientSubject").is(recipient).and("read").is(false)), COLLECTION);
    }

    @Override
    public boolean markRead(String recipient, String id) {
        Object key = ObjectId.isValid(id) ? new ObjectId(id) : id;
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("recipientSubject").is(recipient)),
                new Update().set("read", true), COLLECTION).getMatchedCount() > 0;
    }

    @Override
    public long purgeCreatedBefore(Instant before) {
        return mongo.remove(Query.query(Criteria.where("createdAt").lt(Date.from(before))), COLLECTION).getDeletedCount();
    }

    private static InboxEntry read(Document d) {
        Object id = d.get("_id");
        Date created = d.getDate("createdAt");
        return new InboxEntry(String.valueOf(id), d.getString("recipientSubject"), d.getString("templateCode"),
                d.getString("eventId"), d.getString("text"), d.getBoolean("read", false),
                created == null ? Instant.EPOCH : created.toInstant());
    }
}
