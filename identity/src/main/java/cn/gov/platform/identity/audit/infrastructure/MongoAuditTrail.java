package cn.gov.platform.identity.audit.infrastructure;

import cn.gov.platform.identity.audit.domain.AuditEntry;
import cn.gov.platform.identity.audit.domain.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;

/** Audit entries in the {@code audit} collection, inserted only, never updated. */
public class MongoAuditTrail implements AuditTrail {

    private final MongoTemplate mongo;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Stored.class).createIndex(new Index().on("dataSubjects", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(Stored.class).createIndex(new Index().on("at", Sort.Direction.DESC));
    }

    @Override
    public void append(AuditEntry e) {
        mongo.insert(new Stored(e.id(), e.at(), e.actor(), e.action(), e.objectType(), e.objectId(), e.dataSubjects(),
                e.details(), e.requestId()));
    }

    @Override
    public List<AuditEntry> find(AuditTrail.Query q) {
        Criteria criteria = new Criteria();
        if (q.dataSubject() != null) {
            criteria = criteria.and("dataSubjects").is(q.dataSubject());
        }
        if (q.actor() != null) {
            criteria = criteria.and("actor").is(q.actor());
        }
        if (q.objectType() != null) {
            criteria = criteria.and("objectType").is(q.objectType());
        }
        if (q.objectId() != null) {
            criteria = criteria.and("objectId").is(q.objectId());
        }
        if (q.from() != null || q.to() != null) {
            Criteria at = Criteria.where("at");
            if (q.from() != null) {
                at = at.gte(q.from());
            }
            if (q.to() != null) {
                at = at.lt(q.to());
            }
            criteria = new Criteria().andOperator(criteria, at);
        }
        org.springframework.data.mongodb.core.query.Query query = new org.springframework.data.mongodb.core.query.Query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(q.limit());
        return mongo.find(query, Stored.class).stream().map(Stored::toEntry).toList();
    }

    @Document("audit")
    record Stored(@Id String id, Instant at, String actor, String action, String objectType, String objectId,
            List<String> dataSubjects, Map<String, String> details, @Nullable String requestId) {
        AuditEntry toEntry() {
            return new AuditEntry(id, at, actor, action, objectType, objectId, dataSubjects, details, requestId);
        }
    }
}
