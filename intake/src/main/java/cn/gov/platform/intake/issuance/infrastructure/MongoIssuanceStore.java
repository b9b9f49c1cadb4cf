package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.issuance.application.IssuanceStore;
import cn.gov.platform.intake.issuance.domain.Issuance;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issuances in the collection {@code certificate_issuances}, one document per case ({@code _id}
 * is the case id). Saves are compare-and-set on {@code version}; the unique {@code (_id, version)}
 * index lets the embedded store find the document without a scan (it uses an index only when the
 * query names exactly its keys).
 */
class MongoIssuanceStore implements IssuanceStore {

    static final String COLLECTION = "certificate_issuances";

    private final MongoCollection<Document> collection;

    MongoIssuanceStore(MongoTemplate mongo) {
        this.collection = mongo.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
        collection.createIndex(Indexes.ascending("state", "nextAttemptAt"), new IndexOptions().name("due"));
    }

    @Override
    public Optional<Issuance> find(String caseId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", caseId)).first()).map(MongoIssuanceStore::read);
    }

    @Override
    public boolean insert(Issuance issuance) {
        try {
            collection.insertOne(write(issuance));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Issuance save(Issuance changed) {
        Issuance next = changed.withVersion(changed.version() + 1);
        long matched = collection.replaceOne(Filters.and(Filters.eq("_id", changed.caseId()),
                Filters.eq("version", changed.version())), write(next)).getMatchedCount();
        if (matched == 0) {
            throw new ConcurrentChange(changed.caseId());
        }
        return next;
    }

    @Override
    public List<Issuance> due(Instant now, int limit) {
        List<Issuance> due = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("state", Issuance.State.PENDING.name()),
                Filters.lte("nextAttemptAt", Date.from(now)))).sort(Sorts.ascending("nextAttemptAt")).limit(limit)
                .forEach(d -> due.add(read(d)));
        return due;
    }

    private static Document write(Issuance i) {
        Document d = new Document("_id", i.caseId()).append("version", i.version()).append("caseNumber", i.caseNumber())
                .append("itemCode", i.itemCode()).append("typeCode", i.typeCode())
                .append("holderSubject", i.holderSubject()).append("department", i.department())
                .append("division", i.division()).append("fields", new Document(new LinkedHashMap<>(i.fields())))
                .append("state", i.state().name()).append("certificateNumber", i.certificateNumber())
                .append("attempts", i.attempts()).append("nextAttemptAt", Date.from(i.nextAttemptAt()))
                .append("createdAt", Date.from(i.createdAt())).append("updatedAt", Date.from(i.updatedAt()));
        Issuance.Problem p = i.problem();
        d.append("problem", p == null ? null : new Document("code", p.code()).append("zh", p.zh()).append("en", p.en())
                .append("field", p.field()));
        return d;
    }

    private static Issuance read(Document d) {
        Map<String, String> fields = new LinkedHashMap<>();
        Document stored = d.get("fields", Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> fields.put(k, String.valueOf(v)));
        }
        Document p = d.get("problem", Document.class);
        return new Issuance(d.getString("_id"), number(d.get("version")), d.getString("caseNumber"),
                d.getString("itemCode"), d.getString("typeCode"), d.getString("holderSubject"),
                d.getString("department"), d.getString("division"), fields, Issuance.State.valueOf(d.getString("state")),
                d.getString("certificateNumber"), (int) number(d.get("attempts")), d.getDate("nextAttemptAt").toInstant(),
                p == null ? null : new Issuance.Problem(p.getString("code"), p.getString("zh"), p.getString("en"),
                        p.getString("field")),
                d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant());
    }

    private static long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
