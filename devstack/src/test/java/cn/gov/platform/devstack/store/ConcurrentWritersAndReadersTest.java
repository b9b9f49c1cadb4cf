package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writers move tokens between buckets (each move one atomic update of an indexed field), others
 * insert and delete unrelated documents; readers meanwhile ask the index for every bucket at
 * once. Each query sees the collection as of one moment, so it must always find every token
 * exactly once; and when the writers stop, the index must agree with a scan.
 */
class ConcurrentWritersAndReadersTest {

    private static final int TOKENS = 400;
    private static final int BUCKETS = 10;
    private static final int MOVES_PER_WRITER = 1500;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readersAlwaysFindEveryTokenOnceWhileWritersMoveThem(Engine engine) throws Exception {
        try (Store store = new Store(engine.indexed())) {
            MongoCollection<Document> tokens = store.collection("tokens");
            tokens.createIndex(Indexes.ascending("bucket"), new IndexOptions().name("bucket"));
            tokens.createIndex(Indexes.ascending("bucket", "weight"), new IndexOptions().name("bucket_weight"));
            List<Document> initial = new ArrayList<>();
            for (int i = 0; i < TOKENS; i++) {
                initial.add(new Document("_id", "token-" + i).append("bucket", i % BUCKETS).append("weight", i % 7));
            }
            tokens.insertMany(initial);
            List<Integer> allBuckets = IntStream.range(0, BUCKETS).boxed().toList();

            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                Random random = new Random(w);
                writers.add(Thread.ofPlatform().start(guard(failures, () -> {
                    for (int m = 0; m < MOVES_PER_WRITER; m++) {
                        String id = "token-" + random.nextInt(TOKENS);
                        tokens.updateOne(Filters.eq("_id", id), Updates.combine(
                                Updates.set("bucket", random.nextInt(BUCKETS)), Updates.set("weight", random.nextInt(7))));
                    }
                })));
            }
            writers.add(Thread.ofPlatform().start(guard(failures, () -> {
                for (int m = 0; m < MOVES_PER_WRITER; m++) {
                    tokens.insertOne(new Document("_id", "noise-" + m).append("bucket", -1).append("weight", m % 7));
                    if (m % 2 == 0) {
                        tokens.deleteOne(Filters.eq("_id", "noise-" + (m / 2)));
                    }
                }
            })));
            CountDownLatch readersDone = new CountDownLatch(3);
            for (int r = 0; r < 3; r++) {
                int reader = r;
                Thread.ofPlatform().start(guard(failures, () -> {
                    try {
                        while (writing.get()) {
                            List<Document> found = switch (reader) {
                                case 0 -> tokens.find(Filters.in("bucket", allBuckets))
                                        .projection(Projections.include("_id")).into(new ArrayList<>());
                                case 1 -> tokens.find(Filters.and(Filters.gte("bucket", 0), Filters.lt("bucket", BUCKETS)))
                                        .into(new ArrayList<>());
                                default -> tokens.find(Filters.or(allBuckets.stream()
                                        .map(b -> Filters.and(Filters.eq("bucket", b), Filters.gte("weight", 0))).toList()))
                                        .into(new ArrayList<>());
                            };
                            Set<Object> ids = new HashSet<>();
                            found.forEach(d -> ids.add(d.get("_id")));
                            assertThat(found).hasSize(TOKENS);
                            assertThat(ids).hasSize(TOKENS);
                            reads.incrementAndGet();
                        }
                    } finally {
                        readersDone.countDown();
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join(TimeUnit.MINUTES.toMillis(5));
            }
            writing.set(false);
            assertThat(readersDone.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(failures).isEmpty();
            assertThat(reads.get()).as("reads made while writing").isPositive();

            IndexedCollection server = store.serverSide("tokens");
            for (int b = -1; b < BUCKETS; b++) {
                List<Document> withIndex = tokens.find(Filters.eq("bucket", b)).into(new ArrayList<>());
                server.useIndexes(false);
                List<Document> scanned = tokens.find(Filters.eq("bucket", b)).into(new ArrayList<>());
                server.useIndexes(true);
                assertThat(withIndex).isEqualTo(scanned);
            }
        }
    }

    private static Runnable guard(Queue<Throwable> failures, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failures.add(t);
            }
        };
    }
}
