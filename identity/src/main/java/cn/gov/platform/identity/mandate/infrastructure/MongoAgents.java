package cn.gov.platform.identity.mandate.infrastructure;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.mandate.domain.Agent;
import cn.gov.platform.identity.mandate.domain.Agents;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** Village agents in the {@code agents} collection, keyed by subject. */
public class MongoAgents implements Agents {

    private final MongoTemplate mongo;

    public MongoAgents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Agent agent) {
        mongo.save(new Stored(agent.subject(), agent.servicePoint().value(), agent.active(), agent.since()));
    }

    @Override
    public Optional<Agent> bySubject(String subject) {
        return Optional.ofNullable(mongo.findById(subject, Stored.class))
                .map(s -> new Agent(s.subject(), new DivisionCode(s.servicePoint()), s.active(), s.since()));
    }

    @Document("agents")
    record Stored(@Id String subject, String servicePoint, boolean active, Instant since) {
    }
}
