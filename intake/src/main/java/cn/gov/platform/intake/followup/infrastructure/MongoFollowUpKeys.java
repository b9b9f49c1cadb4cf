package cn.gov.platform.intake.followup.infrastructure;

import cn.gov.platform.intake.followup.application.FollowUpKeys;
import cn.gov.platform.intake.followup.domain.FollowUpKey;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Collection {@code follow_up_keys}: {@code _id} the case number, {@code caseId}, {@code seal} (binary, absent without an ID number). */
class MongoFollowUpKeys implements FollowUpKeys {

    static final String COLLECTION = "follow_up_keys";
    private final MongoTemplate mongo;

    MongoFollowUpKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<FollowUpKey> find(String reference) {
        Document d = mongo.findById(reference, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        Object seal = d.get("seal");
        byte[] bytes = seal instanceof Binary b ? b.getData() : seal instanceof byte[] raw ? raw : null;
        return Optional.of(new FollowUpKey(reference, d.getString("caseId"), bytes));
    }

    @Override
    public boolean add(FollowUpKey key) {
        Document d = new Document("_id", key.reference()).append("caseId", key.caseId());
        if (key.seal() != null) {
            d.append("seal", new Binary(key.seal()));
        }
        try {
            mongo.insert(d, COLLECTION);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }
}
