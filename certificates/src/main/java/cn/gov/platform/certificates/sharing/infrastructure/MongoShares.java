package cn.gov.platform.certificates.sharing.infrastructure;

import cn.gov.platform.certificates.sharing.domain.Share;
import cn.gov.platform.certificates.sharing.domain.Shares;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** One document per share authorisation, indexed by certificate number. */
public final class MongoShares implements Shares {

    static final String SHARES = "shares";
    private final MongoTemplate mongo;

    public MongoShares(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(SHARES).createIndex(new Index("number", Sort.Direction.ASC).named("by_number"));
    }

    @Override
    public void save(Share s) {
        mongo.save(new Document("_id", s.id()).append("number", s.number()).append("holderSubject", s.holderSubject())
                .append("department", s.department()).append("purpose", s.purpose())
                .append("from", s.from().toString()).append("until", s.until().toString())
                .append("grantedAt", s.grantedAt().toString())
                .append("withdrawnAt", s.withdrawnAt() == null ? null : s.withdrawnAt().toString()), SHARES);
    }

    @Override
    public Optional<Share> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, SHARES)).map(MongoShares::share);
    }

    @Override
    public List<Share> of(String number) {
        return mongo.find(Query.query(Criteria.where("number").is(number)).with(Sort.by("grantedAt").descending()),
                Document.class, SHARES).stream().map(MongoShares::share).toList();
    }

    private static Share share(Document d) {
        String withdrawn = d.getString("withdrawnAt");
        return new Share(d.getString("_id"), d.getString("number"), d.getString("holderSubject"),
                d.getString("department"), d.getString("purpose"), LocalDate.parse(d.getString("from")),
                LocalDate.parse(d.getString("until")), Instant.parse(d.getString("grantedAt")),
                withdrawn == null ? null : Instant.parse(withdrawn));
    }
}
