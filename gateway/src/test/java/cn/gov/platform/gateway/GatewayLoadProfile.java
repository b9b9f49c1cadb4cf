package cn.gov.platform.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: a short local load on the gateway in front of a WireMock backend, to see where
 * the gateway's CPU goes (JFR) and roughly how much CPU its own threads spend per request.
 * Figures taken here are only for comparing one build with the next on the same machine; the
 * platform's benchmark is {@code bench/gateway-overhead.sh}.
 *
 * <pre>
 *   java -cp ... cn.gov.platform.gateway.GatewayLoadProfile get|post|refused|anonymous [seconds] [jfr file]
 * </pre>
 */
public final class GatewayLoadProfile {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "get";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path jfr = args.length > 2 ? Path.of(args[2]) : null;

        WireMockServer backend = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(16).asynchronousResponseEnabled(false));
        backend.start();
        backend.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));

        TestPlatform platform = TestPlatform.get();
        Map<String, Object> properties = new HashMap<>();
        platform.register((name, value) -> properties.put(name, value.get()), "gateway");
        properties.put("server.port", "0");
        properties.put("IDENTITY_URI", backend.baseUrl());
        properties.put("INTAKE_URI", backend.baseUrl());
        // The access log is on by default; -Daccess=off shows what it costs.
        properties.put("logging.level.gateway.access", "off".equals(System.getProperty("access")) ? "WARN" : "INFO");
        boolean refused = mode.equals("refused");
        properties.put("platform.gateway.rate-limit.replenish-rate", refused ? "1" : "1000000");
        properties.put("platform.gateway.rate-limit.burst-capacity", refused ? "1" : "2000000");
        // System properties: they outrank application.yml, as the test's dynamic properties do.
        properties.forEach((name, value) -> System.setProperty(name, String.valueOf(value)));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class).run();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        TestIssuer issuer = platform.issuer();
        String token = issuer.token("profile-user", "citizen");
        String base = "http://127.0.0.1:" + port;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = switch (mode) {
            case "post" -> HttpRequest.newBuilder(URI.create(base + "/api/intake/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"itemCode\":\"" + "x".repeat(900) + "\"}")).build();
            case "anonymous" -> HttpRequest.newBuilder(URI.create(base + "/api/intake/catalogue/items")).GET().build();
            default -> HttpRequest.newBuilder(URI.create(base + "/api/identity/me"))
                    .header("Authorization", "Bearer " + token).GET().build();
        };

        System.out.println("warming up " + mode);
        load(http, request, 15);
        Recording recording = null;
        if (jfr != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setDestination(jfr);
            recording.start();
        }
        Map<Long, Long> before = gatewayCpu();
        Map<Integer, LongAdder> statuses = load(http, request, seconds);
        Map<Long, Long> after = gatewayCpu();
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        long cpu = 0;
        for (var entry : after.entrySet()) {
            cpu += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
        }
        long total = statuses.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("%s: %d requests in %d s (%.0f/s), statuses %s, gateway threads' CPU %.3f ms per request%n",
                mode, total, seconds, total / (double) seconds, statuses, cpu / 1e6 / total);
        context.close();
        backend.stop();
        System.exit(0);
    }

    private static Map<Integer, LongAdder> load(HttpClient http, HttpRequest request, int seconds) throws Exception {
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        } catch (Exception e) {
                            statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
                        }
                    }
                    return null;
                });
            }
        }
        return statuses;
    }

    /** CPU time of the threads that do the gateway's work: Netty's event loops, Lettuce, Reactor's schedulers. */
    private static Map<Long, Long> gatewayCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith("reactor-http") || name.startsWith("lettuce") || name.startsWith("parallel")
                    || name.startsWith("boundedElastic") || name.startsWith("rate-limit")) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }
}
