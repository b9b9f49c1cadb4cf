package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.PaymentNotices;
import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.PaymentNotice;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Payment notices in collection {@code payment_notices} (id = the case's), each with its outbox. */
class MongoPaymentNotices implements PaymentNotices {

    static final String COLLECTION = "payment_notices";
    private final MongoTemplate mongo;
    private final OutboxHints relay;

    MongoPaymentNotices(MongoTemplate mongo, OutboxHints relay) {
        this.mongo = mongo;
        this.relay = relay;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named("id_version"));
        indexes.createIndex(new Index().on("paymentNumber", Sort.Direction.ASC).unique().named("payment_number"));
        indexes.createIndex(new Index().on("division", Sort.Direction.ASC).on("issuedOn", Sort.Direction.ASC)
                .named("division_issued"));
    }

    @Override
    public boolean insert(PaymentNotice notice) {
        NoticeSnapshot s = notice.snapshot();
        if (mongo.exists(Query.query(Criteria.where("_id").is(s.id())), COLLECTION)) {
            return false;
        }
        try {
            mongo.insert(s.withVersion(1), COLLECTION);
        } catch (DuplicateKeyException e) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(s.id())), COLLECTION)) {
                return false;
            }
            throw new NumberTaken();
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public boolean save(PaymentNotice notice) {
        NoticeSnapshot s = notice.snapshot();
        NoticeSnapshot previous = mongo.findAndReplace(Query.query(Criteria.where("_id").is(s.id()).and("version")
                .is(s.version())), s.withVersion(s.version() + 1), FindAndReplaceOptions.none(), NoticeSnapshot.class,
                COLLECTION);
        if (previous == null) {
            return false;
        }
        relay.pending(COLLECTION, s.id());
        return true;
    }

    @Override
    public Optional<NoticeSnapshot> ofCase(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, NoticeSnapshot.class, COLLECTION));
    }

    @Override
    public Optional<NoticeSnapshot> byNumber(String paymentNumber) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("paymentNumber").is(paymentNumber)),
                NoticeSnapshot.class, COLLECTION));
    }

    @Override
    public List<NoticeSnapshot> within(String divisionPrefix, LocalDate from, LocalDate to) {
        // Issued by the end of the span; later payments and refunds of earlier notices count in their months.
        return mongo.find(Query.query(Criteria.where("division").regex("^" + Pattern.quote(divisionPrefix))
                .and("issuedOn").lte(to)), NoticeSnapshot.class, COLLECTION);
    }

    @Override
    public long highestSerial(String county, int year) {
        String prefix = "JK" + county + "-" + year + "-";
        NoticeSnapshot top = mongo.findOne(Query.query(Criteria.where("paymentNumber").regex("^" + Pattern.quote(prefix)))
                .with(Sort.by(Sort.Direction.DESC, "paymentNumber")), NoticeSnapshot.class, COLLECTION);
        return top == null ? 0 : Long.parseLong(top.paymentNumber().substring(prefix.length()));
    }
}
