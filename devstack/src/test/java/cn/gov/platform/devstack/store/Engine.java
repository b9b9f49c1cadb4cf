package cn.gov.platform.devstack.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.function.Supplier;

/** The two backends the store can run on, with indexes, and each as the plain library has it (the reference). */
enum Engine {

    H2(IndexedH2Backend::inMemory, H2Backend::inMemory),
    MEMORY(IndexedMemoryBackend::new, MemoryBackend::new);

    private final Supplier<MongoBackend> indexed;
    private final Supplier<MongoBackend> plain;

    Engine(Supplier<MongoBackend> indexed, Supplier<MongoBackend> plain) {
        this.indexed = indexed;
        this.plain = plain;
    }

    MongoBackend indexed() {
        return indexed.get();
    }

    /** mongo-java-server as it comes: non-unique indexes ignored, every such query a scan. */
    MongoBackend plain() {
        return plain.get();
    }
}
