package cn.gov.platform.devstack.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.bson.Document;

/** A store on a free loopback port with an official driver client, for tests. */
final class Store implements AutoCloseable {

    static final String DATABASE = "test";

    private final MongoBackend backend;
    private final MongoServer server;
    private final MongoClient client;

    Store(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    MongoCollection<Document> collection(String name) {
        return database().getCollection(name);
    }

    /** The server side of a collection (it must exist). */
    IndexedCollection serverSide(String name) {
        return (IndexedCollection) backend.resolveDatabase(DATABASE).resolveCollection(name, true);
    }

    QueryStatistics statistics(String name) {
        return serverSide(name).statistics();
    }

    /** Documents read on the server while {@code action} ran against collection {@code name}. */
    long examinedBy(String name, Runnable action) {
        long before = statistics(name).documentsExamined();
        action.run();
        return statistics(name).documentsExamined() - before;
    }

    MongoClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        backend.close();
    }
}
