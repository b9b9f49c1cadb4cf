package cn.gov.platform.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The point of the indexes: the platform's queries read their candidates, not the collection.
 * Counted on the server (documents examined), never timed. The collection and its indexes are
 * intake's {@code cases} as MongoCaseStore declares them; 6,000 cases in 60 departments, filled
 * once per engine (the two tests that write change cases no other test counts).
 */
class QueriesReadOnlyTheirCandidatesTest {

    private static final int CASES = 6000;
    private static final String CASES_COLLECTION = "cases";
    private static final Map<Engine, Store> STORES = new EnumMap<>(Engine.class);

    private Store store;
    private MongoCollection<Document> cases;

    private void fill(Engine engine) {
        store = STORES.computeIfAbsent(engine, e -> {
            Store filled = new Store(e.indexed());
            MongoCollection<Document> c = filled.collection(CASES_COLLECTION);
            createIntakeIndexes(c);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                batch.add(aCase(i));
            }
            c.insertMany(batch);
            return filled;
        });
        cases = store.collection(CASES_COLLECTION);
    }

    @AfterAll
    static void close() {
        STORES.values().forEach(Store::close);
        STORES.clear();
    }

    /** intake's MongoCaseStore indexes, with their names. */
    static void createIntakeIndexes(MongoCollection<Document> cases) {
        cases.createIndex(Indexes.ascending("filerSubject", "idempotencyKey"),
                new IndexOptions().unique(true).name("filer_key_unique"));
        cases.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true).name("number_unique"));
        cases.createIndex(Indexes.ascending("noticeNumber"),
                new IndexOptions().unique(true).sparse(true).name("notice_number_unique"));
        cases.createIndex(Indexes.ascending("applicantSubject"), new IndexOptions().name("applicant"));
        cases.createIndex(Indexes.ascending("agentSubject"), new IndexOptions().name("agent"));
        cases.createIndex(Indexes.ascending("division", "department"), new IndexOptions().name("handled_by"));
        cases.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().name("outbox_pending"));
        cases.createIndex(Indexes.ascending("creditFeedbackPending"), new IndexOptions().name("credit_feedback_pending"));
        cases.createIndex(Indexes.ascending("deemedDue"), new IndexOptions().name("deemed_due"));
        cases.createIndex(Indexes.ascending("reportedTo", "reportedToDepartment"), new IndexOptions().name("reported_to"));
        cases.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
    }

    /** Case i: division 6405xx (10 of them), department D0..D5, every 20th under review with a due date. */
    private static Document aCase(int i) {
        String state = i % 20 == 0 ? "UNDER_REVIEW" : i % 7 == 0 ? "DRAFT" : "DECIDED";
        Document c = new Document("_id", "case-" + i).append("version", 1L)
                .append("division", "6405" + "%02d".formatted(i % 10)).append("department", "D" + (i / 10 % 6))
                .append("applicantSubject", "person-" + (i % 1500)).append("filerSubject", "person-" + (i % 1500))
                .append("idempotencyKey", "key-" + i).append("state", state)
                .append("number", "640521-2026-" + "%06d".formatted(i)).append("greenChannel", i % 50 == 0)
                .append("submittedAt", new Date(1_780_000_000_000L + i * 1000L))
                .append("outboxPending", i % 500 == 0).append("creditFeedbackPending", false)
                .append("tasks", List.of(new Document("department", "D" + (i % 6)).append("state", "OPEN")));
        if (state.equals("UNDER_REVIEW")) {
            c.append("deemedDue", "2026-12-%02d".formatted(1 + i % 28));
        }
        if (i % 3 == 0) {
            c.append("agentSubject", "agent-" + (i % 100));
        }
        return c;
    }

    private long examined(Runnable query) {
        return store.examinedBy(CASES_COLLECTION, query);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCompareAndSetSaveOnIdAndVersionReadsOneCase(Engine engine) {
        fill(engine);
        Bson sameVersion = Filters.and(Filters.eq("_id", "case-4321"), Filters.eq("version", 1L));
        long read = examined(() -> assertThat(cases.findOneAndReplace(sameVersion, aCase(4321).append("version", 2L),
                new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER))).isNotNull());
        assertThat(read).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aQueryOnIdAndAnotherFieldReadsOneCaseThroughTheIdIndex(Engine engine) {
        fill(engine);
        long read = examined(() -> assertThat(cases.updateOne(
                Filters.and(Filters.eq("_id", "case-40"), Filters.eq("state", "UNDER_REVIEW")),
                Updates.set("state", "DECIDED")).getModifiedCount()).isEqualTo(1));
        assertThat(read).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theStaffQueueReadsOnlyTheCasesOfItsDivision(Engine engine) {
        fill(engine);
        // MongoCaseStore.handledBy: own department, reported to it, or a joint task of it at its division.
        Bson whose = Filters.or(Filters.and(Filters.eq("division", "640503"), Filters.eq("department", "D2")),
                Filters.and(Filters.eq("reportedTo", "640503"), Filters.eq("reportedToDepartment", "D2")),
                Filters.and(Filters.eq("division", "640503"), Filters.eq("tasks.department", "D2")));
        Bson queue = Filters.and(whose, Filters.ne("state", "DRAFT"));
        List<Document> found = new ArrayList<>();
        long read = examined(() -> cases.find(queue).sort(Sorts.orderBy(Sorts.descending("greenChannel"),
                Sorts.ascending("submittedAt"))).limit(200).into(found));
        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(c.getString("division")).isEqualTo("640503"));
        // The third branch narrows by division only (no index has tasks.department): a tenth of the cases.
        assertThat(read).isLessThanOrEqualTo(CASES / 10).isLessThan(CASES / 5);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDeemedConsentSweepReadsOnlyCasesDueBeforeToday(Engine engine) {
        fill(engine);
        // MongoCaseStore.dueForDeemedConsent: deemedDue before today (ISO text), under review, ids only.
        Bson due = Filters.and(Filters.lt("deemedDue", "2026-12-04"), Filters.eq("state", "UNDER_REVIEW"));
        List<Document> found = new ArrayList<>();
        long read = examined(() -> cases.find(due).projection(Projections.include("_id")).limit(200).into(found));
        long dueCases = java.util.stream.IntStream.range(0, CASES).filter(i -> i % 20 == 0 && 1 + i % 28 < 4).count();
        assertThat(found).hasSize((int) dueCases);
        assertThat(read).isEqualTo(dueCases);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theOutboxRelayAndAnApplicantsListReadOnlyTheirCases(Engine engine) {
        fill(engine);
        assertThat(examined(() -> cases.find(Filters.eq("outboxPending", true)).limit(100).into(new ArrayList<>())))
                .isEqualTo(CASES / 500);
        // MongoCaseStore.ofApplicant: applicant or agent, newest first.
        Bson mine = Filters.or(Filters.eq("applicantSubject", "person-7"), Filters.eq("agentSubject", "person-7"));
        assertThat(examined(() -> cases.find(mine).sort(Sorts.descending("createdAt")).limit(100)
                .into(new ArrayList<>()))).isEqualTo(CASES / 1500);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void inRangesAndAnchoredPrefixesReadOnlyTheirCases(Engine engine) {
        fill(engine);
        assertThat(examined(() -> cases.find(Filters.in("applicantSubject", "person-1", "person-2", "nobody"))
                .into(new ArrayList<>()))).isEqualTo(2 * CASES / 1500);
        assertThat(examined(() -> cases.find(Filters.and(Filters.eq("division", "640501"),
                Filters.in("department", "D1", "D2"))).into(new ArrayList<>()))).isEqualTo(CASES / 10 / 3);
        assertThat(examined(() -> cases.find(Filters.gte("deemedDue", "2026-12-27")).into(new ArrayList<>())))
                .isEqualTo(java.util.stream.IntStream.range(0, CASES).filter(i -> i % 20 == 0 && 1 + i % 28 >= 27).count());
        // Like the supervision dashboard's division prefix; 6405030..6405039 do not exist, so 640503 alone.
        assertThat(examined(() -> cases.find(Filters.regex("division", "^" + Pattern.quote("640503")))
                .into(new ArrayList<>()))).isEqualTo(CASES / 10);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void uniqueIndexesAlsoServePrefixesOfTheirKeysRangesAndAnchoredPrefixes(Engine engine) {
        fill(engine);
        // MongoCaseStore.highestSerial: the highest number of a series, by an anchored prefix on number_unique.
        List<Document> highest = new ArrayList<>();
        long read = examined(() -> cases.find(Filters.regex("number", "^" + Pattern.quote("640521-2026-0001")))
                .sort(Sorts.descending("number")).limit(1).into(highest));
        assertThat(highest).singleElement().satisfies(c -> assertThat(c.getString("number")).isEqualTo("640521-2026-000199"));
        assertThat(read).isEqualTo(100);
        // Equality on the first key of the compound unique filer_key_unique.
        assertThat(examined(() -> cases.find(Filters.eq("filerSubject", "person-9")).into(new ArrayList<>())))
                .isEqualTo(CASES / 1500);
        // GridFS reads a file's chunks by files_id from its unique {files_id, n} index.
        MongoCollection<Document> chunks = store.collection("fs.chunks");
        chunks.createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true).name("files_id_1_n_1"));
        List<Document> batch = new ArrayList<>();
        for (int f = 0; f < 200; f++) {
            for (int n = 0; n < 5; n++) {
                batch.add(new Document("files_id", new org.bson.types.ObjectId()).append("n", n));
            }
        }
        chunks.insertMany(batch);
        Object file = batch.get(7).get("files_id");
        assertThat(store.examinedBy("fs.chunks", () -> chunks.find(Filters.eq("files_id", file)).sort(Sorts.ascending("n"))
                .into(new ArrayList<>()))).isEqualTo(1);
        assertThat(chunks.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("_id_", "files_id_1_n_1");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countDocumentsCountsThroughTheIndex(Engine engine) {
        fill(engine);
        // The driver's countDocuments is an aggregation that starts with $match.
        long[] counted = new long[1];
        long read = examined(() -> counted[0] = cases.countDocuments(
                Filters.and(Filters.eq("division", "640507"), Filters.eq("department", "D4"))));
        assertThat(counted[0]).isEqualTo(CASES / 10 / 6);
        assertThat(read).isEqualTo(counted[0]);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aQueryNoIndexServesScansAndSaysSo(Engine engine) {
        fill(engine);
        long scansBefore = store.statistics(CASES_COLLECTION).scans();
        long read = examined(() -> cases.find(Filters.eq("state", "UNDER_REVIEW")).into(new ArrayList<>()));
        assertThat(read).isEqualTo(CASES);
        assertThat(store.statistics(CASES_COLLECTION).scans()).isEqualTo(scansBefore + 1);
    }
}
