package cn.gov.platform.intake.bench;

import cn.gov.platform.testkit.TestIssuer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8's deemed-consent benchmark, run by bench/intake-deemed-sweep.sh: its own embedded store
 * and Redis (devstack, non-default ports), a JWKS stand-in for Keycloak, and two intake instances
 * on one store. One instance generates joint cases holding N tasks already past due; then both
 * sweep at the same time. Prints the time taken and counts what was recorded: exactly N deemed
 * approvals (tasks and TaskDeemedApproved events), none twice.
 */
public final class DeemedSweepBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DeemedSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String intakeJar = args[0];
        String devstackJar = args[1];
        int tasks = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        int mongoPort = Integer.parseInt(System.getProperty("mongoPort", "27217"));
        int redisPort = Integer.parseInt(System.getProperty("redisPort", "6579"));
        int[] ports = {Integer.parseInt(System.getProperty("portA", "18182")),
                Integer.parseInt(System.getProperty("portB", "18183"))};
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        try (TestIssuer issuer = TestIssuer.start()) {
            processes.add(launch(work, "mongo", List.of(java, "-XX:+UseSerialGC", "-Xmx2g", "-jar", devstackJar,
                    "mongo", String.valueOf(mongoPort), work.resolve("store.mv").toString())));
            processes.add(launch(work, "redis", List.of(java, "-Xmx256m", "-jar", devstackJar, "redis",
                    String.valueOf(redisPort), work.resolve("redis").toString())));
            waitForPort(mongoPort);
            waitForPort(redisPort);
            for (int i = 0; i < ports.length; i++) {
                processes.add(launch(work, "intake-" + (char) ('a' + i), List.of(java, "-XX:+UseSerialGC", "-Xmx512m",
                        "-Dplatform.bench.enabled=true",
                        "-Dplatform.intake.deemed-consent.initial-delay=1h",
                        "-Dplatform.intake.deemed-consent.batch=500",
                        "-Dserver.port=" + ports[i],
                        "-Dspring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/intake",
                        "-Dspring.data.redis.port=" + redisPort,
                        "-Dplatform.security.issuer=" + issuer.issuer(),
                        "-Dplatform.security.jwk-set-uri=" + issuer.jwkSetUri(),
                        "-Dplatform.intake.service-client.token-uri=" + issuer.issuer() + "/no-token-here",
                        "-Dplatform.intake.identity.uri=http://127.0.0.1:9",
                        "-Dplatform.intake.credit.uri=http://127.0.0.1:9",
                        "-Dplatform.intake.certificates.uri=http://127.0.0.1:9",
                        "-DLOG_FORMAT=ecs",
                        "-jar", intakeJar)));
            }
            for (int port : ports) {
                waitForHealth(port);
            }
            String a = "http://127.0.0.1:" + ports[0];
            String b = "http://127.0.0.1:" + ports[1];
            long g0 = System.nanoTime();
            JsonNode made = post(a + "/api/intake/internal/bench/due-joint-cases?tasks=" + tasks, issuer);
            double generated = (System.nanoTime() - g0) / 1e9;
            System.out.printf("generated: %d cases holding %d due tasks in %.1f s (instance A)%n",
                    made.get("cases").asInt(), tasks, generated);

            long t0 = System.nanoTime();
            CompletableFuture<JsonNode> sweepA = CompletableFuture.supplyAsync(() -> post(a
                    + "/api/intake/internal/deemed-consent/sweep", issuer));
            CompletableFuture<JsonNode> sweepB = CompletableFuture.supplyAsync(() -> post(b
                    + "/api/intake/internal/deemed-consent/sweep", issuer));
            int deemedA = sweepA.join().get("deemed").asInt();
            int deemedB = sweepB.join().get("deemed").asInt();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("sweep: both instances at once, %.1f s wall; instance A deemed %d, instance B %d, "
                    + "sum %d (%.0f tasks/s)%n", seconds, deemedA, deemedB, deemedA + deemedB,
                    (deemedA + deemedB) / seconds);

            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
                MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
                int deemedTasks = 0;
                int openTasks = 0;
                int deemedEvents = 0;
                int approvedCases = 0;
                Set<String> eventTaskKeys = new HashSet<>();
                int duplicateEvents = 0;
                for (Document c : cases.find().projection(Projections.include("tasks", "outbox", "state"))) {
                    for (Document t : c.getList("tasks", Document.class, List.of())) {
                        if ("DEEMED_APPROVED".equals(t.getString("state"))) {
                            deemedTasks++;
                        } else if ("OPEN".equals(t.getString("state"))) {
                            openTasks++;
                        }
                    }
                    for (Document e : c.getList("outbox", Document.class, List.of())) {
                        if ("TaskDeemedApproved".equals(e.getString("type"))) {
                            deemedEvents++;
                            Document payload = e.get("payload", Document.class);
                            if (!eventTaskKeys.add(c.getString("_id") + "/" + payload.getString("taskId"))) {
                                duplicateEvents++;
                            }
                        }
                    }
                    if ("APPROVED".equals(c.getString("state"))) {
                        approvedCases++;
                    }
                }
                System.out.printf("store: %d tasks DEEMED_APPROVED, %d still open, %d TaskDeemedApproved events "
                        + "(%d duplicates), %d cases approved%n", deemedTasks, openTasks, deemedEvents,
                        duplicateEvents, approvedCases);
                boolean exact = deemedTasks == tasks && deemedEvents == tasks && duplicateEvents == 0
                        && deemedA + deemedB == tasks;
                System.out.println(exact ? "RESULT: exactly " + tasks + " deemed approvals"
                        : "RESULT: MISMATCH (expected exactly " + tasks + ")");
            }
        } finally {
            for (Process p : processes.reversed()) {
                p.destroy();
            }
            for (Process p : processes) {
                p.waitFor();
            }
        }
    }

    private static Process launch(Path work, String name, List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).directory(new File(work.toString())).start();
    }

    private static JsonNode post(String url, TestIssuer issuer) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                    .header("Authorization", "Bearer " + issuer.token("svc-bench", "service"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("port " + port + " not open");
    }

    private static void waitForHealth(int port) throws Exception {
        for (int i = 0; i < 1200; i++) { // up to 10 min: a loaded 2-core machine starts slowly
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("intake on " + port + " not healthy; see its log");
    }
}
