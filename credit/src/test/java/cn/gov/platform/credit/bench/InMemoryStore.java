package cn.gov.platform.credit.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * mongo-java-server with its in-memory backend on a given port, for loading a million entries in
 * the benchmark: the platform's H2 file backend inserts about 360 documents a second on the shared
 * build machine (its index comparisons serialise every key), which would make the load take most
 * of an hour. The check itself never reads the store, so the backend does not affect its figures.
 */
public final class InMemoryStore {

    private InMemoryStore() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("in-memory store listening on 127.0.0.1:" + args[0]);
        Thread.sleep(Long.MAX_VALUE);
    }
}
