package cn.gov.platform.devstack.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Issue 21 point 4: does the embedded store's cost grow with the data? Starts the devstack store
 * (the exec jar, as {@code ./platform} does, on a free port, its own file) and fills intake's
 * {@code intake.cases} with its real indexes to each N in turn, timing at each N over the wire
 * with the official driver:
 * <ul>
 * <li>filing: insert a draft, load it by id, save it by compare-and-set on {_id, version}
 * (MongoCaseStore.insert, find, save);</li>
 * <li>the staff queue (MongoCaseStore.handledBy, its exact filter, sort and limit) of a department
 * whose caseload stays the same at every N, all states and one state; and of a department of
 * the bulk, whose caseload grows with N (a real MongoDB would sort that growing set too);</li>
 * <li>the deemed-consent sweep query (MongoCaseStore.dueForDeemedConsent).</li>
 * </ul>
 * Prints p50/p99 per operation and N, the documents each read on the server (collStats), and
 * the growth from the first N to each later one. Numbers only mean something on a quiet machine.
 *
 * <pre>java -cp ... StoreGrowthBenchmark DEVSTACK_EXEC_JAR WORK_DIR [N ...]</pre>
 * System properties: bench.filings (1000), bench.queries (300), bench.warmup (200), bench.heap (3g).
 */
public final class StoreGrowthBenchmark {

    private static final String TODAY = "2026-12-06";
    private static final String PROBE_DIVISION = "640599";
    private static final String PROBE_DEPARTMENT = "probe-dept";
    private static final int PROBE_CASES = 300;
    private static final int PROBE_DUE = 40;
    private static final int DIVISIONS = 20;
    private static final int DEPARTMENTS = 5;
    private static final String[] CLOSED = {"APPROVED", "APPROVED", "APPROVED", "REJECTED", "WITHDRAWN", "CLOSED"};
    private static final String[] OPEN = {"SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "SUPPLEMENT_REQUESTED"};

    private final MongoCollection<Document> cases;
    private final MongoDatabase database;
    private final Random random = new Random(21);
    private int serial;

    private StoreGrowthBenchmark(MongoDatabase database) {
        this.database = database;
        this.cases = database.getCollection("cases");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StoreGrowthBenchmark DEVSTACK_EXEC_JAR WORK_DIR [N ...]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int[] sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        int port = freePort();
        Files.createDirectories(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String heap = System.getProperty("bench.heap", "3g");
        // The platform's flags for its store (./platform jvm_opts mongo).
        Process store = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xms64m", "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(), "mongo", String.valueOf(port),
                work.resolve("store.mv").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("store.log").toFile()).start();
        try {
            awaitPort(port, store);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                new StoreGrowthBenchmark(client.getDatabase("intake")).run(sizes, port, heap);
            }
        } finally {
            store.destroy();
            if (!store.waitFor(30, TimeUnit.SECONDS)) {
                store.destroyForcibly();
            }
        }
    }

    private void run(int[] sizes, int port, String heap) {
        int filings = Integer.getInteger("bench.filings", 1000);
        int queries = Integer.getInteger("bench.queries", 300);
        int warmup = Integer.getInteger("bench.warmup", 200);
        System.out.printf("store: devstack exec jar on 127.0.0.1:%d (H2 file, -Xmx%s); collection intake.cases with"
                + " MongoCaseStore's 11 indexes%n", port, heap);
        System.out.printf("data: %d bulk divisions x %d departments, ~85%% of cases closed; plus a probe department"
                + " (division %s) with a fixed %d cases, %d of them due for deemed consent%n", DIVISIONS, DEPARTMENTS,
                PROBE_DIVISION, PROBE_CASES, PROBE_DUE);
        System.out.printf("per N: %d filings, %d of each query, after %d of each to warm up%n%n", filings, queries,
                warmup);
        createIntakeIndexes();
        fillProbe();
        Map<Integer, Map<String, Result>> results = new LinkedHashMap<>();
        for (int n : sizes) {
            fillBulkTo(n);
            Map<String, Operation> operations = operations();
            Map<String, Result> atN = new LinkedHashMap<>();
            for (Map.Entry<String, Operation> op : operations.entrySet()) {
                int reps = op.getKey().startsWith("filing") ? filings : queries;
                for (int i = 0; i < warmup; i++) {
                    op.getValue().run();
                }
                long examinedBefore = examined();
                long[] nanos = new long[reps];
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    op.getValue().run();
                    nanos[i] = System.nanoTime() - t0;
                }
                double examinedPerOp = (double) (examined() - examinedBefore) / reps;
                atN.put(op.getKey(), new Result(nanos, examinedPerOp));
            }
            results.put(n, atN);
            print(n, atN);
        }
        printGrowth(results);
    }

    /** The operations timed at each N; the bulk queue's department is picked afresh. */
    private Map<String, Operation> operations() {
        Map<String, Operation> ops = new LinkedHashMap<>();
        ops.put("filing (insert + load + CAS save)", this::file);
        ops.put("queue, probe department, all states", () -> queue(PROBE_DIVISION, PROBE_DEPARTMENT, null));
        ops.put("queue, probe department, SUBMITTED", () -> queue(PROBE_DIVISION, PROBE_DEPARTMENT, "SUBMITTED"));
        ops.put("queue, a bulk department (grows with N)", () -> queue(division(3), department(2), null));
        ops.put("deemed-consent sweep query", this::dueForDeemedConsent);
        return ops;
    }

    private interface Operation {
        void run();
    }

    private record Result(long[] nanos, double examinedPerOp) {

        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
        }
    }

    // --- the platform's operations, as intake's MongoCaseStore issues them ---

    private void file() {
        Document draft = aCase(division(random.nextInt(DIVISIONS)), department(random.nextInt(DEPARTMENTS)), "DRAFT");
        cases.insertOne(draft);
        Document loaded = cases.find(Filters.eq("_id", draft.get("_id"))).first();
        if (loaded == null) {
            throw new IllegalStateException("inserted case not found");
        }
        Document next = new Document(loaded).append("version", loaded.getLong("version") + 1).append("state",
                "SUBMITTED");
        Bson sameVersion = Filters.and(Filters.eq("_id", loaded.get("_id")), Filters.eq("version", loaded.get("version")));
        if (cases.findOneAndReplace(sameVersion, next) == null) {
            throw new IllegalStateException("compare-and-set save missed");
        }
    }

    private void queue(String division, String department, String state) {
        Bson whose = Filters.or(Filters.and(Filters.eq("division", division), Filters.eq("department", department)),
                Filters.and(Filters.eq("reportedTo", division), Filters.eq("reportedToDepartment", department)),
                Filters.and(Filters.eq("division", division), Filters.eq("tasks.department", department)));
        Bson filter = Filters.and(whose, state == null ? Filters.ne("state", "DRAFT") : Filters.eq("state", state));
        cases.find(filter).sort(Sorts.orderBy(Sorts.descending("greenChannel"), Sorts.ascending("submittedAt")))
                .limit(200).into(new ArrayList<>());
    }

    private void dueForDeemedConsent() {
        List<Document> due = cases.find(Filters.and(Filters.lt("deemedDue", TODAY), Filters.eq("state", "UNDER_REVIEW")))
                .projection(Projections.include("_id")).limit(200).into(new ArrayList<>());
        if (due.size() != PROBE_DUE) {
            throw new IllegalStateException("expected " + PROBE_DUE + " due cases, found " + due.size());
        }
    }

    // --- data ---

    private void createIntakeIndexes() {
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

    private void fillProbe() {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < PROBE_CASES; i++) {
            String state = i < PROBE_DUE ? "UNDER_REVIEW" : i % 3 == 0 ? OPEN[i % OPEN.length] : CLOSED[i % CLOSED.length];
            Document c = aCase(PROBE_DIVISION, PROBE_DEPARTMENT, state);
            if (i < PROBE_DUE) {
                c.append("deemedConsent", true).append("deemedDue", "2026-11-%02d".formatted(1 + i % 28));
            }
            batch.add(c);
        }
        cases.insertMany(batch);
    }

    private void fillBulkTo(int n) {
        long have = cases.countDocuments() - PROBE_CASES;
        List<Document> batch = new ArrayList<>();
        long t0 = System.nanoTime();
        for (long i = have; i < n; i++) {
            int r = random.nextInt(100);
            String state = r < 85 ? CLOSED[random.nextInt(CLOSED.length)] : r < 95 ? OPEN[random.nextInt(OPEN.length)]
                    : "DRAFT";
            Document c = aCase(division(random.nextInt(DIVISIONS)), department(random.nextInt(DEPARTMENTS)), state);
            if (state.equals("UNDER_REVIEW") && random.nextBoolean()) {
                // Under review with a deadline still ahead: in the index, outside the sweep's range.
                c.append("deemedConsent", true).append("deemedDue", "2027-01-%02d".formatted(1 + random.nextInt(28)));
            }
            batch.add(c);
            if (batch.size() == 1000) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            cases.insertMany(batch);
        }
        System.out.printf("filled to %,d bulk cases (+%d probe, + filings so far) in %.1f s%n", n, PROBE_CASES,
                (System.nanoTime() - t0) / 1e9);
    }

    private static String division(int i) {
        return "6405" + (21 + i);
    }

    private static String department(int i) {
        return "dept-" + i;
    }

    /** A case document as Spring Data writes intake's CaseSnapshot (nulls left out, dates as ISO text). */
    private Document aCase(String division, String department, String state) {
        int n = serial++;
        String id = "%016x".formatted(mix(n));
        String applicant = "person-" + random.nextInt(50_000);
        Date created = new Date(1_780_000_000_000L + n * 60_000L);
        Document c = new Document("_id", id).append("version", 1L).append("itemCode", "item-" + (n % 40))
                .append("itemVersion", 1).append("itemName", "个体工商户设立登记").append("itemClass", "JOINT")
                .append("chain", List.of("RECEIVER", "HANDLER", "APPROVER")).append("statutoryDays", 20)
                .append("promisedDays", 10)
                .append("required", List.of(material("id-card"), material("business-licence"), material("lease")))
                .append("division", division).append("department", department).append("departmentName", "市场监督管理局")
                .append("applicantSubject", applicant).append("filerSubject", applicant)
                .append("idempotencyKey", "key-" + n).append("fingerprint", "%064x".formatted(mix(n + 7)))
                .append("state", state)
                .append("materials", List.of(entry("id-card", created), entry("business-licence", created)))
                .append("transitions", List.of(new Document("to", "DRAFT").append("actorSubject", applicant)
                        .append("actorName", "申请人").append("role", "APPLICANT").append("at", created)))
                .append("notices", List.of()).append("tolerated", List.of()).append("opinions", List.of())
                .append("pauses", List.of()).append("createdAt", created)
                .append("outbox", List.of(new Document("eventId", "ev-" + n).append("type", "CaseSubmitted")
                        .append("caseId", id).append("itemCode", "item-" + (n % 40)).append("applicantSubject", applicant)
                        .append("division", division).append("department", department).append("occurredAt", created)
                        .append("payload", new Document()).append("publishedAt", created)))
                .append("outboxPending", false)
                .append("tasks", List.of(new Document("id", "task-" + n).append("department", department)
                        .append("departmentName", "市场监督管理局").append("division", division)
                        .append("dueOn", "2026-12-20").append("state", "OPEN")))
                .append("deemedConsent", false).append("greenChannel", n % 97 == 0).append("creditCheck", "NOT_CHECKED")
                .append("creditFeedback", List.of()).append("creditFeedbackPending", false)
                .append("_class", "cn.gov.platform.intake.cases.domain.CaseSnapshot");
        if (!state.equals("DRAFT")) {
            c.append("submittedAt", created).append("number", division + "-2026-" + "%06d".formatted(n))
                    .append("acceptedOn", "2026-06-01").append("promisedDue", "2026-06-15");
        }
        return c;
    }

    private static Document material(String code) {
        return new Document("code", code).append("name", "材料 " + code).append("essential", true);
    }

    private static Document entry(String code, Date at) {
        return new Document("code", code).append("name", "材料 " + code).append("source", "UPLOAD")
                .append("fileId", "%024x".formatted(mix(code.hashCode()))).append("fileName", code + ".pdf")
                .append("contentType", "application/pdf").append("size", 182_331L)
                .append("sha256", "0".repeat(64)).append("resolved", true).append("suppliedAt", at);
    }

    /** Spreads ids over the key space as intake's hashed case ids do (no append-only insertion). */
    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    // --- reporting ---

    private long examined() {
        Document stats = database.runCommand(new Document("collStats", "cases"));
        Document queries = stats.get("queries", Document.class);
        return queries == null ? 0 : queries.getLong("documentsExamined");
    }

    private static void print(int n, Map<String, Result> atN) {
        System.out.printf("%nN = %,d%n%-42s %10s %10s %14s%n", n, "operation", "p50 ms", "p99 ms", "examined/op");
        atN.forEach((name, r) -> System.out.printf("%-42s %10.2f %10.2f %14.1f%n", name, r.percentile(0.50),
                r.percentile(0.99), r.examinedPerOp()));
    }

    private static void printGrowth(Map<Integer, Map<String, Result>> results) {
        List<Integer> sizes = new ArrayList<>(results.keySet());
        if (sizes.size() < 2) {
            return;
        }
        int first = sizes.getFirst();
        for (int n : sizes.subList(1, sizes.size())) {
            System.out.printf("%ngrowth %,d -> %,d cases (target <= 1.5x)%n%-42s %10s %10s%n", first, n, "operation",
                    "p50", "p99");
            results.get(n).forEach((name, r) -> {
                Result base = results.get(first).get(name);
                System.out.printf("%-42s %9.2fx %9.2fx%n", name, r.percentile(0.50) / base.percentile(0.50),
                        r.percentile(0.99) / base.percentile(0.99));
            });
        }
    }

    // --- process plumbing ---

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process store) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!store.isAlive()) {
                throw new IllegalStateException("the store stopped while starting; see store.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the store did not open port " + port + " within 60 s");
    }
}
