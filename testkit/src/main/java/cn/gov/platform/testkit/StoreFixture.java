package cn.gov.platform.testkit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A store as an earlier release left it, put into {@link TestPlatform}'s store before a service's
 * context starts. A fixture is a classpath folder with one file per collection,
 * {@code <collection>.jsonl}, one document per line in canonical extended JSON (as
 * {@code testkit/release-fixture.sh} writes them). Use it from the test class's
 * {@code @DynamicPropertySource}, so that the context this class gets runs on its own database:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void previousRelease(DynamicPropertyRegistry registry) {
 *     StoreFixture.load(registry, "upgrade-intake", "upgrade/8b59842");
 * }
 * }</pre>
 */
public final class StoreFixture {

    private StoreFixture() {
    }

    /**
     * Empties {@code database}, loads each folder in turn (a later folder's document replaces an earlier
     * one with the same {@code _id}) and points the context at that database.
     */
    public static void load(DynamicPropertyRegistry registry, String database, String... folders) {
        load(database, folders);
        registry.add(TestPlatform.DATABASE_PROPERTY, () -> database);
    }

    /** Empties {@code database} and loads the folders into it; answers how many documents were loaded. */
    public static long load(String database, String... folders) {
        long count = 0;
        try (MongoClient client = MongoClients.create(TestPlatform.get().mongo().connectionString(database))) {
            MongoDatabase db = client.getDatabase(database);
            db.drop();
            for (String folder : folders) {
                for (Path file : files(folder)) {
                    String name = file.getFileName().toString();
                    MongoCollection<Document> collection = db.getCollection(name.substring(0, name.length() - 6));
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            Document doc = Document.parse(line);
                            collection.replaceOne(new Document("_id", doc.get("_id")), doc,
                                    new ReplaceOptions().upsert(true));
                            count++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static List<Path> files(String folder) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException("No fixture folder " + folder + " on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
