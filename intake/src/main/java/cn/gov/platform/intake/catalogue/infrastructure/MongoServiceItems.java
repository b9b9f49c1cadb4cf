package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.application.ServiceItems;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Item versions in collection {@code catalogue_items}, one document per version, with the
 * fields the search needs lifted to the top. A unique index on (code, version) makes two
 * concurrent changes unable to produce the same version.
 */
class MongoServiceItems implements ServiceItems {

    static final String COLLECTION = "catalogue_items";
    private final MongoTemplate mongo;

    MongoServiceItems(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("code_version_unique"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("current", Sort.Direction.ASC).named("current"));
    }

    /** One stored version; {@code searchText} joins what a keyword may match. */
    record StoredItem(String id, String code, int version, boolean current, String searchText,
            List<String> lifeEvents, List<String> departments, List<String> divisions, ServiceItem item) {

        static StoredItem of(ServiceItem item) {
            List<String> text = new ArrayList<>(List.of(item.name(), item.code().value()));
            text.addAll(item.keywords());
            text.addAll(item.lifeEvents());
            item.implementations().forEach(i -> text.add(i.departmentName()));
            return new StoredItem(item.code().value() + "@" + item.version(), item.code().value(), item.version(), true,
                    String.join(" ", text), item.lifeEvents(),
                    item.implementations().stream().map(Implementation::department).distinct().toList(),
                    item.implementations().stream().map(i -> i.division().value()).distinct().toList(), item);
        }
    }

    @Override
    public Optional<ServiceItem> current(ItemCode code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code.value())
                .and("current").is(true)), StoredItem.class, COLLECTION)).map(StoredItem::item);
    }

    @Override
    public Optional<ServiceItem> version(ItemCode code, int version) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code.value())
                .and("version").is(version)), StoredItem.class, COLLECTION)).map(StoredItem::item);
    }

    @Override
    public List<ServiceItem> search(ItemQuery query) {
        Criteria criteria = Criteria.where("current").is(true);
        if (query.keyword() != null && !query.keyword().isBlank()) {
            criteria.and("searchText").regex(Pattern.quote(query.keyword().strip()));
        }
        if (query.department() != null) {
            criteria.and("departments").is(query.department());
        }
        if (query.division() != null) {
            criteria.and("divisions").is(query.division());
        }
        if (query.lifeEvent() != null) {
            criteria.and("lifeEvents").is(query.lifeEvent());
        }
        Query q = Query.query(criteria).with(Sort.by("code")).limit(200);
        return mongo.find(q, StoredItem.class, COLLECTION).stream().map(StoredItem::item).toList();
    }

    @Override
    public boolean add(ServiceItem item) {
        try {
            mongo.insert(StoredItem.of(item), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        // Only after the new version is safely in: the older ones stop being current.
        mongo.updateMulti(Query.query(Criteria.where("code").is(item.code().value())
                .and("version").lt(item.version())), Update.update("current", false), COLLECTION);
        return true;
    }
}
