package cn.gov.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @Test
    void persistentStoreKeepsDocumentsAcrossRestartsThroughTheOfficialDriver(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("store.mv");
        int port;
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(EmbeddedRedis.freePort(), file);
                MongoClient client = MongoClients.create(mongo.connectionString("test"))) {
            port = mongo.port();
            client.getDatabase("test").getCollection("cases").insertOne(new Document("_id", "A-1").append("state", "ACCEPTED"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(port, file);
                MongoClient client = MongoClients.create(mongo.connectionString("test"))) {
            Document found = client.getDatabase("test").getCollection("cases").find(new Document("_id", "A-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("state")).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void theStoreReportsMongoDb50SoThatCurrentShellsAndCompassAcceptIt() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(mongo.connectionString("test"))) {
            Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
            assertThat(hello.getInteger("maxWireVersion")).isEqualTo(13);
            Document build = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertThat(build.getString("version")).isEqualTo("5.0.0");
        }
    }

    @Test
    void aQueryOnANonUniqueIndexReadsOnlyItsMatchesAndCollStatsSaysSo() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(mongo.connectionString("test"))) {
            var cases = client.getDatabase("test").getCollection("cases");
            cases.createIndex(new Document("state", 1));
            for (int i = 0; i < 500; i++) {
                cases.insertOne(new Document("_id", "A-" + i).append("state", i % 50 == 0 ? "SUBMITTED" : "DECIDED"));
            }
            assertThat(cases.find(new Document("state", "SUBMITTED")).into(new java.util.ArrayList<>())).hasSize(10);
            assertThat(mongo.statistics("test", "cases")).hasValueSatisfying(s -> {
                assertThat(s.indexedQueries()).isEqualTo(1);
                assertThat(s.documentsExamined()).isEqualTo(10);
            });
            Document stats = client.getDatabase("test").runCommand(new Document("collStats", "cases"));
            assertThat(stats.get("queries", Document.class).getLong("documentsExamined")).isEqualTo(10L);
        }
    }

    @Test
    void redisAnswersRealCommands() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.ephemeral();
                Socket socket = new Socket("127.0.0.1", redis.port())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write("INCR case-seq\r\nINCR case-seq\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(in.readLine()).isEqualTo(":1");
            assertThat(in.readLine()).isEqualTo(":2");
        }
    }
}
