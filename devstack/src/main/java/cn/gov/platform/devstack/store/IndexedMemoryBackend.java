package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/** mongo-java-server's memory backend with secondary indexes and the query planner. */
public final class IndexedMemoryBackend extends MemoryBackend {

    public IndexedMemoryBackend() {
        version(StoreVersion.MONGO_5_0);
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
    }
}
