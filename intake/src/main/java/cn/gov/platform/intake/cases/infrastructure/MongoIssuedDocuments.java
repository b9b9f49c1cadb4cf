package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.IssuedDocuments;
import cn.gov.platform.intake.cases.domain.DocumentKind;
import cn.gov.platform.intake.cases.domain.IssuedDocument;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Issued documents in {@code case_documents}, the number as {@code _id} (so one per number), never changed. */
class MongoIssuedDocuments implements IssuedDocuments {

    static final String COLLECTION = "case_documents";
    private final MongoTemplate mongo;

    MongoIssuedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(IssuedDocument d) {
        try {
            mongo.insert(new Document("_id", d.number()).append("kind", d.kind().name()).append("caseId", d.caseId())
                    .append("caseReference", d.caseReference()).append("sha256", d.sha256()).append("size", d.size())
                    .append("fileId", d.fileId()).append("issuedAt", Date.from(d.issuedAt())), COLLECTION);
            return true;
        } catch (DuplicateKeyException first) {
            return false;
        }
    }

    @Override
    public Optional<IssuedDocument> byNumber(String number) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(number)), Document.class, COLLECTION))
                .map(d -> new IssuedDocument(d.getString("_id"), DocumentKind.valueOf(d.getString("kind")),
                        d.getString("caseId"), d.getString("caseReference"), d.getString("sha256"),
                        ((Number) d.get("size")).longValue(), d.getString("fileId"), d.getDate("issuedAt").toInstant()));
    }
}
