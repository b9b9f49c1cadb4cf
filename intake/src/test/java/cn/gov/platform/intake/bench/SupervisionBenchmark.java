package cn.gov.platform.intake.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.testkit.TestIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 8's supervision benchmark, run by bench/intake-supervision.sh: starts an intake jar on its
 * own port against the store and Redis the script started (a WireMock stands in for Keycloak's keys
 * and for identity's staff check), generates 10,000 cases, measures the county supervisor's figures
 * endpoint, generates 90,000 more and measures again, all in one run; prints p50/p99 at each size
 * and the growth ratio of p99.
 */
public final class SupervisionBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SupervisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jar = System.getProperty("jar");
        int port = Integer.getInteger("port", 18182);
        int mongoPort = Integer.getInteger("mongoPort", 27117);
        int redisPort = Integer.getInteger("redisPort", 6479);
        int requests = Integer.getInteger("requests", 400);
        String base = "http://127.0.0.1:" + port;

        TestIssuer issuer = TestIssuer.start();
        WireMockServer identity = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        identity.start();
        identity.stubFor(get(urlPathEqualTo("/api/identity/internal/staff/check"))
                .willReturn(okJson("{\"allowed\":true,\"reason\":\"HOLDS_ROLE\"}")));
        identity.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(okJson("{\"access_token\":\"svc\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));

        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx1g",
                "-XX:+UseSerialGC", "-jar", jar, "--platform.bench.enabled=true",
                "--platform.intake.supervision.warnings.cron=-",
                // The cases' background sweeps scan the whole collection on the embedded store; slowed
                // down here so that the figure measured is the figures endpoint, not its neighbours.
                "--platform.events.relay.sweep-every=1h", "--platform.intake.credit.feedback-interval=1h",
                "--platform.intake.deemed-consent.interval=1h", "--platform.intake.certificates.interval=1h");
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/intake");
        pb.environment().put("REDIS_PORT", String.valueOf(redisPort));
        pb.environment().put("OIDC_ISSUER", issuer.issuer());
        pb.environment().put("OIDC_JWK_SET_URI", issuer.jwkSetUri());
        pb.environment().put("OIDC_TOKEN_URI", identity.baseUrl() + "/token");
        pb.environment().put("IDENTITY_URI", identity.baseUrl());
        pb.environment().put("CREDIT_URI", identity.baseUrl());
        pb.environment().put("CERTIFICATES_URI", identity.baseUrl());
        pb.environment().put("LOG_FORMAT", "ecs");
        pb.redirectErrorStream(true).redirectOutput(new File(System.getProperty("log", "/tmp/intake-bench.log")));
        Process intake = pb.start();
        try {
            waitUntilUp(base + "/actuator/health", Duration.ofSeconds(180));
            String supervisor = issuer.token(new TestIssuer.Claims("bench-supervisor", List.of("supervisor"),
                    "640324000000", "county-supervision", Duration.ofHours(2), TestIssuer.AUDIENCE));
            System.out.printf("supervisor figures benchmark, %d requests per size, %s%n", requests,
                    cn.gov.platform.testkit.TestClock.now());
            generate(base, supervisor, 10_000);
            double[] small = measure(base, supervisor, requests);
            generate(base, supervisor, 90_000);
            double[] large = measure(base, supervisor, requests);
            System.out.printf("cases=10000   p50=%.1f ms  p99=%.1f ms%n", small[0], small[1]);
            System.out.printf("cases=100000  p50=%.1f ms  p99=%.1f ms%n", large[0], large[1]);
            System.out.printf("growth of p99 from 10,000 to 100,000 cases: %.2fx (target <= 2x)%n", large[1] / small[1]);
        } finally {
            intake.destroy();
            intake.waitFor();
            identity.stop();
            issuer.close();
        }
    }

    private static void generate(String base, String token, int count) throws Exception {
        long start = System.nanoTime();
        for (int done = 0; done < count; done += 10_000) {
            int n = Math.min(10_000, count - done);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/intake/supervision/bench/generate?count=" + n + "&seed=" + done))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(20))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("generate: " + r.statusCode() + " " + r.body());
            }
        }
        System.out.printf("generated %d cases in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** Warm-up, then {@code requests} sequential calls; returns p50 and p99 in milliseconds. */
    private static double[] measure(String base, String token, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/intake/supervision/figures"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        String sample = null;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("figures: " + r.statusCode() + " " + r.body());
            }
            sample = r.body();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            times.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  figures answer %d bytes; decided so far: %s%n", sample.length(),
                sample.replaceAll("(?s).*?\"total\":\\{\"decided\":(\\d+).*", "$1"));
        return new double[] {percentile(sorted, 50), percentile(sorted, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void waitUntilUp(String url, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("intake did not start within " + limit + Arrays.toString(new String[0]));
    }
}
