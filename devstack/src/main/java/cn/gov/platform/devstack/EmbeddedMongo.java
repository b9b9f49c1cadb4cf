package cn.gov.platform.devstack;

import cn.gov.platform.devstack.store.IndexedCollection;
import cn.gov.platform.devstack.store.IndexedH2Backend;
import cn.gov.platform.devstack.store.QueryStatistics;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A store that speaks the MongoDB wire protocol (mongo-java-server), so services use only
 * the official driver and production can point {@code MONGODB_URI} at a real replica set.
 * With a data file it keeps its data across restarts (H2 MVStore); without one it lives in
 * memory, for tests. It reports itself as MongoDB 5.0, so current mongosh and Compass open it.
 *
 * <p>Its indexes: unique ones as the library keeps them (persisted), and non-unique ones that the
 * library would ignore, kept in memory and rebuilt from the data on first use after a start.
 * Which query shapes they serve is described in {@code store/package-info.java} and the README.
 * Its limits are real and the services are designed around them: no multi-document
 * transactions, no TTL expiry, change streams only with the oplog on.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoBackend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** A persistent store on {@code 127.0.0.1:port}, kept in {@code dataFile}. */
    public static EmbeddedMongo persistent(int port, Path dataFile) throws IOException {
        Path parent = dataFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MongoBackend backend = IndexedH2Backend.file(dataFile);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(backend, server, new InetSocketAddress("127.0.0.1", port));
    }

    /** An in-memory store on a free loopback port. */
    public static EmbeddedMongo inMemory() {
        MongoBackend backend = IndexedH2Backend.inMemory();
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        return new EmbeddedMongo(backend, server, address);
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    /**
     * What the queries on one collection have read so far (documents examined, indexed queries,
     * scans): a test hook to show that a query used an index. Empty when the collection does not exist.
     */
    public Optional<QueryStatistics> statistics(String database, String collection) {
        MongoCollection<?> found = backend.resolveDatabase(database).resolveCollection(collection, false);
        return found instanceof IndexedCollection indexed ? Optional.of(indexed.statistics()) : Optional.empty();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
