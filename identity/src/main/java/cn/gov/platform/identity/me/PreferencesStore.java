package cn.gov.platform.identity.me;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** One preferences document per person, keyed by the token subject. */
@Component
class PreferencesStore {

    private final MongoTemplate mongo;

    PreferencesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Preferences> find(String subject) {
        return Optional.ofNullable(mongo.findById(subject, Stored.class)).map(Stored::preferences);
    }

    void save(String subject, Preferences preferences) {
        mongo.save(new Stored(subject, preferences, Instant.now()));
    }

    @Document("preferences")
    record Stored(@Id String subject, Preferences preferences, Instant updatedAt) {
    }
}
