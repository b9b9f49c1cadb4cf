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
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Item versions in collection {@code catalogue_items}, one document per version, with the
 * fields the search needs lifted to the top ({@code searchText}: names, keywords, life events and departments in
 * Chinese and English, matched ignoring case). A unique index on (code, version) makes two
 * concurrent changes unable to produce the same version (two instances seeding at once included).
 * A version the seed stored records {@code seedSha256}, the hash of the seed item it came from.
 * Versions are read through {@link StoredServiceItem}, which fills what older releases did not store.
 */
class MongoServiceItems implements ServiceItems, SeededItems {

    static final String COLLECTION = "catalogue_items";
    private final MongoTemplate mongo;

    MongoServiceItems(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("code_version_unique"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("current", Sort.Direction.ASC).named("current"));
    }

    /**
     * One stored version as written; {@code searchText} joins what a keyword may match; {@code seedSha256}
     * is set when the seed stored the version.
     */
    record StoredItem(String id, String code, int version, boolean current, String searchText,
            List<String> lifeEvents, List<String> departments, List<String> divisions, ServiceItem item,
            @Nullable String seedSha256) {

        static StoredItem of(ServiceItem item, @Nullable String seedSha256) {
            List<String> text = new ArrayList<>(List.of(item.name(), item.englishName(), item.code().value()));
            text.addAll(item.keywords());
            text.addAll(item.englishKeywords());
            text.addAll(item.lifeEvents());
            text.addAll(item.englishLifeEvents());
            item.implementations().forEach(i -> text.add(i.departmentName()));
            item.implementations().forEach(i -> text.add(i.departmentEnglishName()));
            return new StoredItem(item.code().value() + "@" + item.version(), item.code().value(), item.version(), true,
                    String.join(" ", text), item.lifeEvents(),
                    item.implementations().stream().map(Implementation::department).distinct().toList(),
                    item.implementations().stream().map(i -> i.division().value()).distinct().toList(), item,
                    seedSha256);
        }
    }

    /** One stored version as read, by whichever release wrote it. */
    record ReadItem(String id, int version, StoredServiceItem item, @Nullable String seedSha256) {

        SeedDecision.Current current() {
            return new SeedDecision.Current(item.toItem(), seedSha256);
        }
    }

    @Override
    public Optional<ServiceItem> current(ItemCode code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code.value())
                .and("current").is(true)), ReadItem.class, COLLECTION)).map(r -> r.item().toItem());
    }

    @Override
    public Optional<ServiceItem> version(ItemCode code, int version) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code.value())
                .and("version").is(version)), ReadItem.class, COLLECTION)).map(r -> r.item().toItem());
    }

    @Override
    public List<ServiceItem> search(ItemQuery query) {
        Criteria criteria = Criteria.where("current").is(true);
        if (query.keyword() != null && !query.keyword().isBlank()) {
            // Case-insensitive, so that "licence" finds "Business licence" (Chinese has no case to ignore).
            criteria.and("searchText").regex(Pattern.quote(query.keyword().strip()), "i");
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
        return mongo.find(q, ReadItem.class, COLLECTION).stream().map(r -> r.item().toItem()).toList();
    }

    @Override
    public boolean add(ServiceItem item) {
        return insert(item, null);
    }

    @Override
    public Optional<SeedDecision.Current> currentWithOrigin(ItemCode code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code.value())
                .and("current").is(true)), ReadItem.class, COLLECTION)).map(ReadItem::current);
    }

    @Override
    public boolean addSeeded(ServiceItem item, String seedSha256) {
        return insert(item, seedSha256);
    }

    private boolean insert(ServiceItem item, @Nullable String seedSha256) {
        try {
            mongo.insert(StoredItem.of(item, seedSha256), COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        // Only after the new version is safely in: the older ones stop being current.
        mongo.updateMulti(Query.query(Criteria.where("code").is(item.code().value())
                .and("version").lt(item.version())), Update.update("current", false), COLLECTION);
        return true;
    }
}
