package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.Preferences;
import cn.gov.platform.identity.person.domain.PreferencesStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** One preferences document per person, keyed by the token subject. */
public class MongoPreferencesStore implements PreferencesStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoPreferencesStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<Preferences> find(String subject) {
        return Optional.ofNullable(mongo.findById(subject, Stored.class)).map(Stored::preferences);
    }

    @Override
    public void save(String subject, Preferences preferences) {
        mongo.save(new Stored(subject, preferences, clock.instant()));
    }

    @Document("preferences")
    record Stored(@Id String subject, Preferences preferences, Instant updatedAt) {
    }
}
