package cn.gov.platform.support.events;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Collection {@code dead_letters} of the service's database, {@code _id} = the letter's id. */
final class MongoDeadLetters implements DeadLetters {

    static final String COLLECTION = "dead_letters";
    private final MongoTemplate mongo;

    MongoDeadLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(DeadLetter letter) {
        try {
            mongo.insert(letter, COLLECTION);
        } catch (DuplicateKeyException already) {
            // Dead-lettered before (the acknowledgement was lost): one letter is enough.
        }
    }

    @Override
    public List<DeadLetter> newestFirst(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "deadAt")).limit(limit), DeadLetter.class,
                COLLECTION);
    }

    @Override
    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class, COLLECTION));
    }

    @Override
    public void replace(DeadLetter letter) {
        mongo.save(letter, COLLECTION);
    }
}
