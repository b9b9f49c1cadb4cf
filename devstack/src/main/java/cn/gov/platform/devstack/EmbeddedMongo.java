package cn.gov.platform.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A store that speaks the MongoDB wire protocol (mongo-java-server), so services use only
 * the official driver and production can point {@code MONGODB_URI} at a real replica set.
 * With a data file it keeps its data across restarts (H2 MVStore); without one it lives in
 * memory, for tests. Its limits are real and the services are designed around them: no
 * multi-document transactions, no TTL expiry, change streams only with the oplog on.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final InetSocketAddress address;

    private EmbeddedMongo(H2Backend backend, MongoServer server, InetSocketAddress address) {
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
        H2Backend backend = new H2Backend(dataFile.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(backend, server, new InetSocketAddress("127.0.0.1", port));
    }

    /** An in-memory store on a free loopback port. */
    public static EmbeddedMongo inMemory() {
        H2Backend backend = H2Backend.inMemory();
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

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
