package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.Suspension;
import cn.gov.platform.identity.person.domain.Suspensions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** Suspensions in the {@code account_suspensions} collection, keyed by the account's subject. */
public class MongoSuspensions implements Suspensions {

    private final MongoTemplate mongo;

    public MongoSuspensions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Suspension s) {
        mongo.save(new Stored(s.subject(), s.username(), s.reason(), s.suspendedBy(), s.suspendedAt(), s.reinstatedBy(),
                s.reinstatedAt()));
    }

    @Override
    public Optional<Suspension> of(String subject) {
        return Optional.ofNullable(mongo.findById(subject, Stored.class)).map(Stored::suspension);
    }

    @Override
    public List<Suspension> latest(int limit) {
        // Few documents (one per account ever suspended); the newest of them, active ones first.
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "suspendedAt")).limit(limit);
        return mongo.find(newest, Stored.class).stream().map(Stored::suspension)
                .sorted(Comparator.comparing((Suspension s) -> !s.active())).toList();
    }

    @Document("account_suspensions")
    record Stored(@Id String subject, String username, String reason, String suspendedBy, Instant suspendedAt,
            @Nullable String reinstatedBy, @Nullable Instant reinstatedAt) {

        Suspension suspension() {
            return new Suspension(subject, username, reason, suspendedBy, suspendedAt, reinstatedBy, reinstatedAt);
        }
    }
}
