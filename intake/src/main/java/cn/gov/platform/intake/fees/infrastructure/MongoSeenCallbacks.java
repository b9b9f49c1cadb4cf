package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.SeenCallbacks;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Callback ids handled, in {@code payment_callbacks} (the id's uniqueness is the replay guard). */
class MongoSeenCallbacks implements SeenCallbacks {

    static final String COLLECTION = "payment_callbacks";
    private final MongoTemplate mongo;

    MongoSeenCallbacks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean firstTime(String provider, String callbackId, Instant at) {
        try {
            mongo.insert(new Document("_id", provider + ":" + callbackId).append("at", Date.from(at)), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
