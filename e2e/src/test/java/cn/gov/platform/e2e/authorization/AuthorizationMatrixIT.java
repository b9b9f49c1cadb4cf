package cn.gov.platform.e2e.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.e2e.RunningPlatform;
import cn.gov.platform.testkit.Api;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, point 1: every operation of the five OpenAPI documents against every kind of caller,
 * on objects that belong to someone else, as the checked-in table
 * (src/test/resources/authorization-matrix.yaml) says. A 2xx where the table says 403 or 404
 * fails, a 403 where it says 404 fails (existence leaks), and so does an operation without its
 * row, a row without its operation (internal rows excepted: internal endpoints are not published), a row that does not decide for every caller, and a realm role
 * that no caller holds: new endpoints and roles cannot arrive without their entries.
 */
class AuthorizationMatrixIT {

    static final List<String> SERVICES = List.of("identity", "intake", "certificates", "credit", "notifications");
    /** Keycloak's own roles, not the platform's. */
    private static final Set<String> NOT_PLATFORM_ROLES = Set.of("offline_access", "uma_authorization");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Matrix matrix;
    private static Callers callers;
    private static Exchange exchange;
    private static Runner runner;
    private static final Tally TALLY = new Tally();
    private static final Map<String, String> SERVICE_ADDRESSES = new LinkedHashMap<>();
    private static final Set<String> DOCUMENTED = new TreeSet<>();
    private static long started;
    private static ExecutorService pool;
    /** A row waits at most this long for its turn and its requests (each request has its own 30 s limit). */
    private static final Duration ROW_TIMEOUT = Duration.ofMinutes(10);

    @BeforeAll
    static void readTheTableAndTheFiveDocuments() {
        started = System.nanoTime();
        matrix = Matrix.load();
        exchange = new Exchange();
        for (String service : SERVICES) {
            Api.Reply doc = exchange.send(RunningPlatform.GATEWAY, "anonymous", "GET", "/api/" + service + "/v3/api-docs",
                    null, null, null, Map.of());
            assertThat(doc.status()).as("the OpenAPI document of " + service).isEqualTo(200);
            JsonNode root = doc.json();
            SERVICE_ADDRESSES.put(service, ownAddress(service, root));
            root.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    DOCUMENTED.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }));
        }
        callers = new Callers(matrix.callers());
        matrix.callers().keySet().forEach(callers::get); // signed in one after the other, before rows run in parallel
        runner = new Runner(matrix, callers, new Fixtures(callers, exchange, SERVICE_ADDRESSES), exchange,
                SERVICE_ADDRESSES, TALLY);
        TALLY.table((int) matrix.rows().stream().map(Matrix.Row::operation).distinct().count(), matrix.rows().size());
    }

    @Test
    void everyOperationOfTheFiveDocumentsHasItsRowAndEveryRowItsOperation() {
        Set<String> tabled = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        Set<String> internal = new TreeSet<>();
        matrix.rows().forEach(r -> (r.internal() ? internal : r.optional() ? optional : tabled).add(r.operation()));
        Set<String> withoutRow = new TreeSet<>(DOCUMENTED);
        withoutRow.removeAll(tabled);
        withoutRow.removeAll(optional);
        Set<String> withoutOperation = new TreeSet<>(tabled);
        withoutOperation.removeAll(DOCUMENTED);
        Set<String> internalPublished = new TreeSet<>(internal);
        internalPublished.retainAll(DOCUMENTED);

        assertThat(withoutRow).as("operations in the OpenAPI documents without a row in " + Matrix.RESOURCE).isEmpty();
        assertThat(withoutOperation).as("rows for operations no document has any more").isEmpty();
        // Internal endpoints are no part of the public documents (issue 15, point 6): their rows are
        // run against the services directly, and none of them may appear in a published document.
        assertThat(internalPublished).as("internal operations in the public documents").isEmpty();
    }

    @Test
    void everyRowDecidesForEveryCallerAndEveryRealmRoleHasACaller() throws IOException {
        List<String> faults = new ArrayList<>();
        Set<String> kinds = matrix.callers().keySet();
        for (Matrix.Row row : matrix.rows()) {
            Set<String> missing = new TreeSet<>(kinds);
            missing.removeAll(row.expect().keySet());
            Set<String> unknown = new TreeSet<>(row.expect().keySet());
            unknown.removeAll(kinds);
            if (!missing.isEmpty()) {
                faults.add(row.title() + " decides nothing for " + missing);
            }
            if (!unknown.isEmpty()) {
                faults.add(row.title() + " names callers the table does not have: " + unknown);
            }
            if (row.internal() && !row.direct().keySet().equals(kinds)) {
                faults.add(row.title() + " is internal: its direct calls must decide for every caller");
            }
            if (!row.internal() && !row.direct().isEmpty()) {
                faults.add(row.title() + " is not internal but has direct calls");
            }
        }
        Set<String> held = new TreeSet<>();
        kinds.forEach(name -> held.addAll(callers.get(name).roles()));
        Set<String> withoutCaller = new TreeSet<>(realmRoles());
        withoutCaller.removeAll(held);

        assertThat(faults).as("rows of " + Matrix.RESOURCE).isEmpty();
        assertThat(withoutCaller).as("realm roles (devstack/keycloak/gov-realm.json) that no caller of the table holds")
                .isEmpty();
    }

    /**
     * Rows run on a few threads at once (the callers of one row in order, on one thread), then the
     * rows marked solo one by one; each row's outcome is reported as a test of its own, in the
     * table's order.
     */
    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSaysForEveryOperation() {
        List<Matrix.Row> rows = matrix.rows().stream()
                .filter(row -> !row.optional() || DOCUMENTED.contains(row.operation())).toList();
        pool = Executors.newFixedThreadPool(Integer.getInteger("authorization.matrix.threads", 4));
        Map<Matrix.Row, Future<List<String>>> outcomes = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.solo()).forEach(row -> outcomes.put(row, pool.submit(() -> runner.run(row))));
        List<Future<List<String>>> parallel = List.copyOf(outcomes.values());
        ExecutorService last = Executors.newSingleThreadExecutor();
        rows.stream().filter(Matrix.Row::solo).forEach(row -> outcomes.put(row, last.submit(() -> {
            for (Future<List<String>> other : parallel) {
                try {
                    other.get();
                } catch (ExecutionException failedElsewhere) {
                    // reported by its own row
                }
            }
            return runner.run(row);
        })));
        last.shutdown();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.title(), () -> {
            List<String> faults;
            try {
                faults = outcomes.get(row).get(ROW_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
            assertThat(faults).as(row.title()).isEmpty();
        }));
    }

    @AfterAll
    static void printTheFigures() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (matrix != null) {
            String summary = TALLY.summary(matrix.callers().size(), exchange.sent(), exchange.waits(),
                    (System.nanoTime() - started) / 1_000_000);
            System.out.println(summary);
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("authorization-matrix-summary.txt"), summary + "\n");
            }
        }
    }

    /**
     * Where a service answers by itself, for the internal endpoints' direct calls: -Dplatform.SERVICE
     * when given (./platform e2e gives identity's and certificates'), else the server its OpenAPI
     * document names, which must not be the gateway.
     */
    private static String ownAddress(String service, JsonNode document) {
        String address = System.getProperty("platform." + service,
                document.path("servers").path(0).path("url").asString(""));
        assertThat(URI.create(address.isEmpty() ? "http://unknown" : address).getPort())
                .as("the address of " + service + " itself (-Dplatform." + service + "), not the gateway's: " + address)
                .isPositive().isNotEqualTo(URI.create(RunningPlatform.GATEWAY).getPort());
        return address;
    }

    private static Set<String> realmRoles() throws IOException {
        Path realm = Path.of(System.getProperty("platform.root", "..")).resolve("devstack/keycloak/gov-realm.json");
        JsonNode roles = JSON.readTree(Files.readString(realm)).path("roles").path("realm");
        Set<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.get("name").asString()));
        names.removeIf(n -> n.startsWith("default-roles-") || NOT_PLATFORM_ROLES.contains(n));
        assertThat(names).as("realm roles in " + realm).isNotEmpty();
        return names;
    }
}
