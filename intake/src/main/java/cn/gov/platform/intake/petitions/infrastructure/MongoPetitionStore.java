package cn.gov.platform.intake.petitions.infrastructure;

import cn.gov.platform.intake.petitions.application.PetitionStore;
import cn.gov.platform.intake.petitions.domain.Petition;
import cn.gov.platform.intake.petitions.domain.PetitionSnapshot;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Petitions in collection {@code petitions}, each with its outbox; the id derives from the filer and Idempotency-Key. */
class MongoPetitionStore implements PetitionStore {

    static final String COLLECTION = "petitions";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoPetitionStore(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("id_version"));
        indexes.createIndex(new Index().on("petitionerSubject", Sort.Direction.ASC).named("petitioner"));
        indexes.createIndex(new Index().on("division", Sort.Direction.ASC).on("department", Sort.Direction.ASC)
                .named("department"));
    }

    @Override
    public boolean insert(Petition petition) {
        try {
            mongo.insert(petition.snapshot().withVersion(1), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.pending(COLLECTION, petition.snapshot().id());
        return true;
    }

    @Override
    public boolean save(Petition petition) {
        PetitionSnapshot s = petition.snapshot();
        PetitionSnapshot previous = mongo.findAndReplace(Query.query(Criteria.where("_id").is(s.id()).and("version")
                .is(s.version())), s.withVersion(s.version() + 1), FindAndReplaceOptions.none(),
                PetitionSnapshot.class, COLLECTION);
        if (previous == null) {
            return false;
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public Optional<PetitionSnapshot> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PetitionSnapshot.class, COLLECTION));
    }

    @Override
    public List<PetitionSnapshot> ofPetitioners(List<String> subjects, int limit) {
        return mongo.find(Query.query(Criteria.where("petitionerSubject").in(subjects))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), PetitionSnapshot.class, COLLECTION);
    }

    @Override
    public List<PetitionSnapshot> to(String division, String department, int limit) {
        // The newest 200, then those someone must act on first, earliest to act by first.
        return mongo.find(Query.query(Criteria.where("division").is(division).and("department").is(department))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit), PetitionSnapshot.class, COLLECTION)
                .stream().sorted(java.util.Comparator.comparing((PetitionSnapshot p) -> !p.state().isOpen())
                        .thenComparing(p -> p.actBy() == null ? java.time.LocalDate.MAX : p.actBy()))
                .toList();
    }

    @Override
    public void each(Consumer<PetitionSnapshot> action) {
        try (var all = mongo.stream(new Query(), PetitionSnapshot.class, COLLECTION)) {
            all.forEach(action);
        }
    }
}
