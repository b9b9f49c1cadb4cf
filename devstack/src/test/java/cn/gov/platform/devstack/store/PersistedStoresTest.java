package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file keeps the library's layout: stores written before this change (by the plain
 * backend) open with their non-unique indexes now served, rebuilt from the data; stores written
 * now open in the plain backend too. Nothing about secondary indexes is persisted but their
 * descriptions, which the library always kept.
 */
class PersistedStoresTest {

    private static final int DOCUMENTS = 2000;

    @Test
    void aStoreWrittenByThePlainBackendOpensWithItsNonUniqueIndexesServed(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (Store old = new Store(new H2Backend(file.toString()))) {
            fill(old.collection("cases"));
        }
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            MongoCollection<Document> cases = store.collection("cases");
            List<Document> found = new ArrayList<>();
            long read = store.examinedBy("cases", () -> cases.find(Filters.eq("division", "d3")).into(found));
            assertThat(found).hasSize(DOCUMENTS / 10);
            assertThat(read).isEqualTo(DOCUMENTS / 10);
            assertThat(indexNames(cases)).contains("handled_by", "id_version");
        }
    }

    @Test
    void aReopenedStoreRebuildsItsIndexesEvenWhenTheFirstOperationIsAWrite(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            fill(store.collection("cases"));
        }
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            MongoCollection<Document> cases = store.collection("cases");
            // Before any query: a delete and an update must find the (not yet built) index consistent.
            assertThat(cases.deleteOne(Filters.eq("_id", "case-3")).getDeletedCount()).isEqualTo(1);
            assertThat(cases.updateOne(Filters.eq("_id", "case-13"), Updates.set("division", "d4"))
                    .getModifiedCount()).isEqualTo(1);
            List<Document> found = new ArrayList<>();
            long read = store.examinedBy("cases", () -> cases.find(Filters.eq("division", "d3")).into(found));
            assertThat(found).hasSize(DOCUMENTS / 10 - 2);
            assertThat(read).isEqualTo(DOCUMENTS / 10 - 2);
            assertThat(cases.countDocuments(Filters.eq("division", "d4"))).isEqualTo(DOCUMENTS / 10 + 1);
        }
    }

    @Test
    void aStoreWrittenWithIndexesOpensInThePlainBackend(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            fill(store.collection("cases"));
            store.collection("cases").updateOne(Filters.eq("_id", "case-5"), Updates.set("state", "DECIDED"));
        }
        try (Store old = new Store(new H2Backend(file.toString()))) {
            MongoCollection<Document> cases = old.collection("cases");
            assertThat(cases.countDocuments(Filters.eq("division", "d5"))).isEqualTo(DOCUMENTS / 10);
            Document changed = cases.find(Filters.eq("_id", "case-5")).first();
            assertThat(changed).isNotNull();
            assertThat(changed.getString("state")).isEqualTo("DECIDED");
        }
    }

    @Test
    void anIndexCreatedOnExistingDataIsUsedAndADroppedOneIsNot(@TempDir Path dir) {
        try (Store store = new Store(IndexedH2Backend.file(dir.resolve("store.mv")))) {
            MongoCollection<Document> cases = store.collection("cases");
            fill(cases);
            cases.createIndex(Indexes.ascending("state"), new IndexOptions().name("by_state"));
            assertThat(store.examinedBy("cases", () -> cases.find(Filters.eq("state", "S1")).into(new ArrayList<>())))
                    .isEqualTo(DOCUMENTS / 4);
            cases.dropIndex("by_state");
            assertThat(indexNames(cases)).doesNotContain("by_state");
            assertThat(store.examinedBy("cases", () -> cases.find(Filters.eq("state", "S1")).into(new ArrayList<>())))
                    .isEqualTo(DOCUMENTS);
        }
    }

    @Test
    void uniqueKeysLookedUpInMemoryStayInTheFileForEitherBackendAndRefuseDuplicatesAfterReopening(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            MongoCollection<Document> cases = store.collection("cases");
            fill(cases);
            cases.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true).name("number"));
            cases.updateOne(Filters.eq("_id", "case-7"), Updates.set("number", "N-7"));
            cases.deleteOne(Filters.eq("_id", "case-8"));
            assertThatThrownBy(() -> store.collection("cases").insertOne(new Document("_id", "case-9")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
        // The plain backend reads the same unique maps: what was added, changed and removed above.
        try (Store old = new Store(new H2Backend(file.toString()))) {
            MongoCollection<Document> plain = old.collection("cases");
            assertThat(plain.find(Filters.eq("number", "N-7")).first().getString("_id")).isEqualTo("case-7");
            assertThat(plain.find(Filters.eq("_id", "case-8")).first()).isNull();
            plain.insertOne(new Document("_id", "case-8").append("version", 2).append("number", "N-8"));
            assertThatThrownBy(() -> plain.insertOne(new Document("_id", "case-10")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
        // Reopened here: the memory is filled from the maps, with the plain backend's insert in them.
        try (Store store = new Store(IndexedH2Backend.file(file))) {
            MongoCollection<Document> again = store.collection("cases");
            assertThatThrownBy(() -> again.insertOne(new Document("_id", "case-8")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> again.updateOne(Filters.eq("_id", "case-11"), Updates.set("number", "N-8")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(again.find(Filters.eq("number", "N-8")).first().getInteger("version")).isEqualTo(2);
            assertThat(again.find(Filters.eq("_id", "case-1999")).first()).isNotNull();
            assertThat(again.countDocuments()).isEqualTo(DOCUMENTS);
            again.deleteOne(Filters.eq("_id", "case-8"));
            again.insertOne(new Document("_id", "case-8").append("version", 3));
            assertThat(again.find(Filters.eq("_id", "case-8")).first().getInteger("version")).isEqualTo(3);
        }
    }

    private static void fill(MongoCollection<Document> cases) {
        cases.createIndex(Indexes.ascending("division", "department"), new IndexOptions().name("handled_by"));
        cases.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            batch.add(new Document("_id", "case-" + i).append("version", 1).append("division", "d" + (i % 10))
                    .append("department", "p" + (i % 3)).append("state", "S" + (i % 4)));
        }
        cases.insertMany(batch);
    }

    private static List<String> indexNames(MongoCollection<Document> c) {
        return c.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>());
    }
}
