package cn.gov.platform.identity.mandate.infrastructure;

import cn.gov.platform.identity.mandate.domain.Consent;
import cn.gov.platform.identity.mandate.domain.ConsentMethod;
import cn.gov.platform.identity.mandate.domain.Mandate;
import cn.gov.platform.identity.mandate.domain.MandateState;
import cn.gov.platform.identity.mandate.domain.Mandates;
import cn.gov.platform.identity.mandate.domain.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Mandates in the {@code mandates} collection, one document each. */
public class MongoMandates implements Mandates {

    private final MongoTemplate mongo;

    public MongoMandates(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Stored.class).createIndex(new Index().on("agent", Sort.Direction.ASC).on("principal", Sort.Direction.ASC));
        mongo.indexOps(Stored.class).createIndex(new Index().on("principal", Sort.Direction.ASC));
    }

    @Override
    public void add(Mandate mandate) {
        mongo.insert(toStored(mandate));
    }

    @Override
    public void update(Mandate mandate) {
        mongo.save(toStored(mandate));
    }

    @Override
    public Optional<Mandate> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Stored.class)).map(Stored::toMandate);
    }

    @Override
    public List<Mandate> between(String agent, String principal) {
        return find(Criteria.where("agent").is(agent).and("principal").is(principal));
    }

    @Override
    public List<Mandate> givenBy(String principal) {
        return find(Criteria.where("principal").is(principal));
    }

    @Override
    public List<Mandate> heldBy(String agent) {
        return find(Criteria.where("agent").is(agent));
    }

    private List<Mandate> find(Criteria criteria) {
        return mongo.find(new Query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")), Stored.class).stream()
                .map(Stored::toMandate).toList();
    }

    private static Stored toStored(Mandate m) {
        return new Stored(m.id(), m.principal(), m.agent(), m.scope().allItems(), m.scope().items(), m.validFrom(),
                m.validUntil(), m.consent().method().name(), m.consent().attestation(), m.consent().givenAt(),
                m.state().name(), m.createdAt(), m.revokedAt());
    }

    @Document("mandates")
    record Stored(@Id String id, String principal, String agent, boolean allItems, Set<String> items,
            Instant validFrom, Instant validUntil, String consentMethod, @Nullable String attestation,
            @Nullable Instant consentGivenAt, String state, Instant createdAt, @Nullable Instant revokedAt) {
        Mandate toMandate() {
            return new Mandate(id, principal, agent, new Scope(allItems, items == null ? Set.of() : items), validFrom,
                    validUntil, new Consent(ConsentMethod.valueOf(consentMethod), attestation, consentGivenAt),
                    MandateState.valueOf(state), createdAt, revokedAt);
        }
    }
}
