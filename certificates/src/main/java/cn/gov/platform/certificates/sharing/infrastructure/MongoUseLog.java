package cn.gov.platform.certificates.sharing.infrastructure;

import cn.gov.platform.certificates.sharing.domain.CertificateUse;
import cn.gov.platform.certificates.sharing.domain.UseLog;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The use log: insert-only, one document per use, newest first when read. */
public final class MongoUseLog implements UseLog {

    static final String USES = "certificate_uses";
    private final MongoTemplate mongo;

    public MongoUseLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(USES).createIndex(new Index("number", Sort.Direction.ASC).named("by_number"));
    }

    @Override
    public void record(CertificateUse u) {
        mongo.insert(new Document("_id", u.id()).append("number", u.number()).append("holderSubject", u.holderSubject())
                .append("department", u.department()).append("staffSubject", u.staffSubject())
                .append("purpose", u.purpose()).append("shareId", u.shareId()).append("at", u.at().toString()), USES);
    }

    @Override
    public List<CertificateUse> of(String number) {
        return mongo.find(Query.query(Criteria.where("number").is(number)).with(Sort.by("at").descending()),
                Document.class, USES).stream()
                .map(d -> new CertificateUse(d.getString("_id"), d.getString("number"), d.getString("holderSubject"),
                        d.getString("department"), d.getString("staffSubject"), d.getString("purpose"),
                        d.getString("shareId"), Instant.parse(d.getString("at"))))
                .toList();
    }
}
