package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.UnknownPayments;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Paid-but-unknown payments in {@code payment_unknown}, one per payment number and reference. */
class MongoUnknownPayments implements UnknownPayments {

    static final String COLLECTION = "payment_unknown";
    private final MongoTemplate mongo;

    MongoUnknownPayments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Stored(String id, Unknown unknown, LocalDate statementDay) {
    }

    @Override
    public void record(Unknown unknown) {
        try {
            mongo.insert(new Stored(unknown.paymentNumber() + "|" + unknown.reference(), unknown,
                    unknown.statementDay()), COLLECTION);
        } catch (DuplicateKeyException e) {
            // Found on an earlier run of the same statement.
        }
    }

    @Override
    public List<Unknown> between(LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("statementDay").gte(from).lte(to)), Stored.class, COLLECTION)
                .stream().map(Stored::unknown).toList();
    }
}
