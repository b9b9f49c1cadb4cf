package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.List;

/** A memory collection whose queries use its indexes (see {@link QueryPlanner}). */
final class IndexedMemoryCollection extends MemoryCollection implements IndexedCollection {

    private final IndexedQueries<Integer> queries = new IndexedQueries<>();

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        // A scan reads the document list from the front (or from the back for {$natural: -1}).
        Comparator<Integer> order = isNaturalDescending(orderBy) ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Integer> positions = queries.positions(query, getIndexes(), count(), order);
        if (positions == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    public synchronized void addIndex(Index<Integer> index) {
        if (index instanceof SecondaryIndex<Integer> secondary) {
            secondary.attach(this::streamAllDocumentsWithPosition);
        }
        super.addIndex(index);
        SecondaryIndex<Integer> shadow = SecondaryIndex.shadowOf(index);
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
