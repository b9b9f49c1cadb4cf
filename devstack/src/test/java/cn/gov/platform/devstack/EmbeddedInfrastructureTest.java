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
