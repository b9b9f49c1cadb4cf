package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.DataType;

/** An H2 collection whose queries use its indexes (see {@link QueryPlanner}). */
final class IndexedH2Collection extends H2Collection implements IndexedCollection {

    private final IndexedQueries<Object> queries = new IndexedQueries<>();
    /** A scan reads the data map in key order. */
    private final Comparator<Object> naturalOrder;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        DataType<Object> keyType = dataMap.getKeyType();
        this.naturalOrder = keyType::compare;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        // A scan in reverse natural order sorts the positions with ValueComparator (H2Collection.matchDocuments).
        Comparator<Object> order = isNaturalDescending(orderBy) ? ValueComparator.desc() : naturalOrder;
        List<Object> positions = queries.positions(query, getIndexes(), count(), order);
        if (positions == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    public synchronized void addIndex(Index<Object> index) {
        if (index instanceof SecondaryIndex<Object> secondary) {
            secondary.attach(this::streamAllDocumentsWithPosition);
        }
        super.addIndex(index);
        SecondaryIndex<Object> shadow = SecondaryIndex.shadowOf(index);
        if (shadow != null && getIndexes().stream().noneMatch(i -> i.getName().equals(shadow.getName()))) {
            shadow.attach(this::streamAllDocumentsWithPosition);
            super.addIndex(shadow);
        }
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
        String shadow = SecondaryIndex.shadowName(indexName);
        if (getIndexes().stream().anyMatch(i -> i.getName().equals(shadow))) {
            super.dropIndex(shadow);
        }
    }

    // The library leaves count unsynchronised; it reads the indexes, which writers change under this lock.
    @Override
    public synchronized int count(Document query, int skip, int limit) {
        return super.count(query, skip, limit);
    }

    /** collStats also tells what the queries read (so does Compass's collection view). */
    @Override
    public Document getStats() {
        return queries.withStatistics(super.getStats());
    }

    @Override
    public QueryStatistics statistics() {
        return queries.statistics();
    }

    @Override
    public void useIndexes(boolean enabled) {
        queries.enable(enabled);
    }
}
