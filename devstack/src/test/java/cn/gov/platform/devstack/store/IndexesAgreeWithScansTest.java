package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The property the indexes must have: every query answers exactly what a scan of the collection
 * answers (same documents, same order, after sort, skip, limit and projection), on random data
 * that random inserts, updates and deletes keep changing, and every write through an index
 * changes what the same write changes in the plain library (which scans).
 */
class IndexesAgreeWithScansTest {

    private static final int DOCUMENTS = 1500;
    private static final int ROUNDS = 8;
    private static final int QUERIES_PER_ROUND = 40;
    private static final int WRITES_PER_ROUND = 25;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyQueryAnswersWhatAScanAnswersWhileTheDataChanges(Engine engine) {
        RandomThings things = new RandomThings(20261206L + engine.ordinal());
        try (Store indexed = new Store(engine.indexed()); Store plain = new Store(engine.plain())) {
            MongoCollection<Document> mine = indexed.collection(RandomThings.COLLECTION);
            MongoCollection<Document> reference = plain.collection(RandomThings.COLLECTION);
            for (MongoCollection<Document> c : List.of(mine, reference)) {
                createIndexes(c);
            }
            List<Document> initial = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                initial.add(things.document());
            }
            mine.insertMany(initial);
            reference.insertMany(initial);

            int indexedQueries = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int q = 0; q < QUERIES_PER_ROUND; q++) {
                    Bson filter = things.filter();
                    indexedQueries += compareRead(indexed, filter, findWithOptions(things.random(), filter));
                    indexedQueries += compareRead(indexed, filter, c -> List.of(c.countDocuments(filter)));
                    indexedQueries += compareRead(indexed, filter,
                            c -> c.aggregate(List.of(Aggregates.match(filter), Aggregates.sort(Sorts.descending("n")),
                                    Aggregates.limit(7))).into(new ArrayList<>()));
                    indexedQueries += compareRead(indexed, filter,
                            c -> c.distinct("state", filter, String.class).into(new ArrayList<>()));
                }
                for (int w = 0; w < WRITES_PER_ROUND; w++) {
                    write(things, mine, reference);
                }
                assertThat(all(mine)).as("contents after round %d", round).isEqualTo(all(reference));
            }
            // Not a vacuous comparison: most filters were answered from an index.
            assertThat(indexedQueries).isGreaterThan(ROUNDS * QUERIES_PER_ROUND * 2);
        }
    }

    static void createIndexes(MongoCollection<Document> c) {
        c.createIndex(Indexes.ascending("a"), new IndexOptions().name("by_a"));
        c.createIndex(Indexes.ascending("a", "b"), new IndexOptions().name("a_b"));
        c.createIndex(Indexes.descending("b"), new IndexOptions().name("b_desc"));
        c.createIndex(Indexes.ascending("c"), new IndexOptions().name("by_c"));
        c.createIndex(Indexes.ascending("sub.x"), new IndexOptions().name("sub_x"));
        c.createIndex(Indexes.ascending("tags"), new IndexOptions().name("tags"));
        c.createIndex(Indexes.ascending("flag", "c"), new IndexOptions().name("flag_c"));
        c.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().name("id_version").unique(true));
        c.createIndex(Indexes.ascending("code"), new IndexOptions().name("code").unique(true).sparse(true));
        c.createIndex(Indexes.ascending("n", "state"), new IndexOptions().name("n_state").unique(true));
    }

    /**
     * Runs {@code read} with the collection's indexes and as a scan and asserts the same answer.
     * Answers 1 when the indexed run used an index, so a test can see that it compared something.
     */
    private static int compareRead(Store store, Bson filter, Function<MongoCollection<Document>, List<?>> read) {
        MongoCollection<Document> c = store.collection(RandomThings.COLLECTION);
        IndexedCollection server = store.serverSide(RandomThings.COLLECTION);
        long before = server.statistics().indexedQueries();
        List<?> withIndexes = read.apply(c);
        long used = server.statistics().indexedQueries() - before;
        server.useIndexes(false);
        try {
            List<?> scanned = read.apply(c);
            assertThat(withIndexes).as("%s", filter.toBsonDocument()).isEqualTo(scanned);
        } finally {
            server.useIndexes(true);
        }
        return used > 0 ? 1 : 0;
    }

    private static Function<MongoCollection<Document>, List<?>> findWithOptions(Random random, Bson filter) {
        Bson sort = switch (random.nextInt(5)) {
            case 0 -> Sorts.ascending("n");
            case 1 -> Sorts.orderBy(Sorts.descending("b"), Sorts.ascending("state"));
            case 2 -> new Document("$natural", -1);
            default -> null;
        };
        int skip = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        int limit = random.nextInt(3) == 0 ? 1 + random.nextInt(10) : 0;
        Bson projection = random.nextInt(4) == 0 ? Projections.include("a", "n") : null;
        return c -> {
            FindIterable<Document> find = c.find(filter).skip(skip).limit(limit);
            if (sort != null) {
                find.sort(sort);
            }
            if (projection != null) {
                find.projection(projection);
            }
            return find.into(new ArrayList<>());
        };
    }

    private static void write(RandomThings things, MongoCollection<Document> mine, MongoCollection<Document> reference) {
        Bson filter = things.writeFilter();
        switch (things.random().nextInt(8)) {
            case 0 -> {
                List<Document> more = List.of(things.document(), things.document(), things.document());
                mine.insertMany(more);
                reference.insertMany(more);
            }
            case 1 -> {
                Bson update = things.update();
                assertThat(mine.updateMany(filter, update).getModifiedCount())
                        .isEqualTo(reference.updateMany(filter, update).getModifiedCount());
            }
            case 2 -> {
                Bson update = things.update();
                assertThat(mine.updateOne(filter, update).getModifiedCount())
                        .isEqualTo(reference.updateOne(filter, update).getModifiedCount());
            }
            case 3 -> assertThat(mine.deleteOne(filter).getDeletedCount())
                    .isEqualTo(reference.deleteOne(filter).getDeletedCount());
            case 4 -> {
                // Now and then, and never everything: the rounds need data to query.
                if (things.random().nextInt(4) == 0 && !filter.toBsonDocument().isEmpty()) {
                    assertThat(mine.deleteMany(filter).getDeletedCount())
                            .isEqualTo(reference.deleteMany(filter).getDeletedCount());
                }
            }
            case 5 -> {
                Bson update = things.update();
                FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().sort(Sorts.ascending("n"))
                        .returnDocument(ReturnDocument.AFTER);
                assertThat(mine.findOneAndUpdate(filter, update, options))
                        .isEqualTo(reference.findOneAndUpdate(filter, update, options));
            }
            default -> {
                // The compare-and-set save every service uses: replace {_id, version} with version + 1.
                Document current = mine.find(Filters.eq("_id", "t" + things.random().nextInt(2000))).first();
                if (current != null) {
                    Document next = things.document().append("_id", current.get("_id"))
                            .append("version", current.getInteger("version") + 1);
                    Bson sameVersion = Filters.and(Filters.eq("_id", current.get("_id")),
                            Filters.eq("version", current.get("version")));
                    assertThat(mine.replaceOne(sameVersion, next).getModifiedCount())
                            .isEqualTo(reference.replaceOne(sameVersion, next).getModifiedCount());
                }
            }
        }
    }

    private static List<Document> all(MongoCollection<Document> c) {
        return c.find().into(new ArrayList<>());
    }
}
