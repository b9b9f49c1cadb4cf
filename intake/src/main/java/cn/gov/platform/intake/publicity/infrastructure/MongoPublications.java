package cn.gov.platform.intake.publicity.infrastructure;

import cn.gov.platform.intake.publicity.application.Publications;
import cn.gov.platform.intake.publicity.domain.PublishedResult;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Published results in collection {@code publicity}, keyed by case id. */
class MongoPublications implements Publications {

    static final String COLLECTION = "publicity";
    private final MongoTemplate mongo;

    MongoPublications(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("decidedAt", Sort.Direction.DESC).named("newest"));
    }

    @Override
    public boolean exists(String caseId) {
        return mongo.findById(caseId, PublishedResult.class, COLLECTION) != null;
    }

    @Override
    public boolean add(PublishedResult result) {
        try {
            mongo.insert(result, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<PublishedResult> latest(@Nullable String itemCode, @Nullable String department,
            @Nullable String divisionPrefix, int limit) {
        Criteria c = new Criteria();
        if (itemCode != null) {
            c = c.and("itemCode").is(itemCode);
        }
        if (department != null) {
            c = c.and("department").is(department);
        }
        if (divisionPrefix != null) {
            c = c.and("division").regex("^" + Pattern.quote(divisionPrefix));
        }
        return mongo.find(Query.query(c).with(Sort.by(Sort.Direction.DESC, "decidedAt")).limit(limit),
                PublishedResult.class, COLLECTION);
    }
}
