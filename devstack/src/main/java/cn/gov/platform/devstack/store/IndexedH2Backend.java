package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 (MVStore) backend with secondary indexes and the query planner. The file
 * layout is the library's own, so a store written by the plain backend opens here and the other
 * way round; secondary indexes are not persisted but built from the data on first use, and unique
 * indexes are kept in the library's maps and looked up in memory ({@link CachedUniqueIndex}).
 */
public final class IndexedH2Backend extends H2Backend {

    // H2Database's map names (package-private there); the layout of every existing store file.
    private static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";

    private IndexedH2Backend(MVStore store) {
        super(store);
        version(StoreVersion.MONGO_5_0);
    }

    /** A store kept in {@code file} (created when missing). */
    public static IndexedH2Backend file(Path file) {
        return new IndexedH2Backend(MVStore.open(file.toAbsolutePath().toString()));
    }

    /** A store that lives in memory only. */
    public static IndexedH2Backend inMemory() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor opens the existing collections, which
     * calls {@link #openOrCreateCollection} before any field of a subclass is set; the reference
     * to the enclosing backend (and so to its MVStore) is set before that constructor runs.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> dataMap = getMvStore().openMap(DATABASES_PREFIX + fullName);
            MVMap<String, Object> metaMap = getMvStore().openMap(META_PREFIX + fullName);
            return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /** The library's map for the index (same name, same content), looked up through memory. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVMap<KeyValue, Object> stored = getMvStore().openMap(getFullCollectionNamespace(collectionName)
                    + INDEX_INFIX + indexName);
            return new CachedUniqueIndex(stored, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query,
                DatabaseResolver databaseResolver, Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate")) {
                clearLastStatus(channel);
                Document answer = MatchFirstAggregation.answer(this, query, databaseResolver, oplog);
                if (answer != null) {
                    return answer;
                }
            }
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }
    }
}
