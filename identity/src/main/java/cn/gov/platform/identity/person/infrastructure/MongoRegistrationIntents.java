package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.RegistrationIntent;
import cn.gov.platform.identity.person.domain.RegistrationIntents;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Registration intents in {@code registration_intents}, the username as {@code _id}: the unique id is
 * the only guarantee used, since the embedded store has no transactions and no TTL indexes. Changes
 * and removals are conditional on {@code startedAt}, so they touch only the intent they were decided on.
 */
public class MongoRegistrationIntents implements RegistrationIntents {

    static final String COLLECTION = "registration_intents";

    private final MongoTemplate mongo;

    public MongoRegistrationIntents(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("startedAt", Sort.Direction.ASC));
    }

    @Override
    public boolean begin(RegistrationIntent intent) {
        try {
            mongo.insert(new Document("_id", intent.username())
                    .append("startedAt", Date.from(intent.startedAt()))
                    .append("subject", intent.subject()), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean recordSubject(RegistrationIntent intent, String subject) {
        return mongo.updateFirst(same(intent), new Update().set("subject", subject), COLLECTION).getMatchedCount() > 0;
    }

    @Override
    public void remove(RegistrationIntent intent) {
        mongo.remove(same(intent), COLLECTION);
    }

    @Override
    public Optional<RegistrationIntent> byUsername(String username) {
        return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION)).map(MongoRegistrationIntents::read);
    }

    @Override
    public List<RegistrationIntent> startedBefore(Instant cutoff, int limit) {
        Query query = Query.query(Criteria.where("startedAt").lt(Date.from(cutoff)))
                .with(Sort.by("startedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoRegistrationIntents::read).toList();
    }

    private static Query same(RegistrationIntent intent) {
        return Query.query(Criteria.where("_id").is(intent.username()).and("startedAt").is(Date.from(intent.startedAt())));
    }

    private static RegistrationIntent read(Document stored) {
        return new RegistrationIntent(stored.getString("_id"), stored.getDate("startedAt").toInstant(),
                stored.getString("subject"));
    }
}
