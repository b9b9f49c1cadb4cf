package cn.gov.platform.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.platform.devstack.EmbeddedRedis;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16, point 2: with Redis stopped in the middle, the gateway goes on answering within
 * milliseconds: anonymous catalogue reads, authenticated reads and writes. This gateway has a
 * Redis of its own, so stopping it disturbs no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.gateway.rate-limit.redis-retry=1s")
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageIT {

    static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    static final int redisPort = freePort();
    static final Path redisData = temporaryDirectory();
    static EmbeddedRedis redis;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        services.start();
        services.stubFor(get(urlPathEqualTo("/api/intake/catalogue/items")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        services.stubFor(get(urlPathEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"username\":\"demo-citizen\"}")));
        services.stubFor(post(urlPathEqualTo("/api/intake/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c-1\"}")));
        redis = EmbeddedRedis.persistent(redisPort, redisData);
        TestPlatform.get().register(registry, "gateway");
        registry.add("spring.data.redis.port", () -> redisPort);
        registry.add("IDENTITY_URI", services::baseUrl);
        registry.add("INTAKE_URI", services::baseUrl);
    }

    @AfterAll
    static void stop() {
        services.stop();
        redis.close();
    }

    @LocalServerPort
    int port;

    @Test
    void keepsAnsweringWithinMillisecondsWhileRedisIsStoppedAndSharesLimitsAgainOnceItIsBack(CapturedOutput output)
            throws IOException {
        Api api = new Api("http://127.0.0.1:" + port);
        String token = TestPlatform.get().issuer().token("outage-citizen", "citizen");
        String monitor = TestPlatform.get().issuer().token("service-account-svc-monitoring", "service");
        // How long answers take on this machine right now, with Redis up: a loaded build machine
        // may need more than the 300 ms that a quiet one never comes near.
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            assertThat(timed(warm, () -> api.get("/api/intake/catalogue/items", null)).status()).isEqualTo(200);
            assertThat(timed(warm, () -> api.get("/api/identity/me", token)).status()).isEqualTo(200);
            timed(warm, () -> api.post("/api/intake/cases", token, "{\"itemCode\":\"X\"}"));
        }
        long budget = Math.max(300, 2 * warm.stream().mapToLong(Long::longValue).max().orElse(0));
        // A first connection that took too long on a busy machine may have opened the circuit already.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            api.get("/api/identity/me", token);
            return gauge(api, monitor).equals("0.0");
        });
        int logBefore = output.getAll().length();

        redis.close();
        List<Long> millis = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        // For three seconds, and at least five rounds however slow the machine. A round every
        // 100 ms keeps each route at half the per-user rate (20/s), so the gateway's own buckets,
        // kept locally now, never refuse: a fast run once made over 100 calls a route and met 429.
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        for (int round = 0; round < 5 || System.nanoTime() < until; round++) {
            pause(Duration.ofMillis(100));
            for (Api.Reply reply : List.of(
                    timed(millis, () -> api.get("/api/intake/catalogue/items", null)),
                    timed(millis, () -> api.get("/api/identity/me", token)),
                    timed(millis, () -> api.post("/api/intake/cases", token, "{\"itemCode\":\"X\"}")))) {
                statuses.add(reply.status());
            }
        }

        assertThat(statuses).hasSizeGreaterThanOrEqualTo(15).allMatch(s -> s == 200 || s == 201);
        assertThat(millis).allMatch(ms -> ms < budget);
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge(api, monitor).equals("1.0"));

        redis = EmbeddedRedis.persistent(redisPort, redisData);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            api.get("/api/identity/me", token);
            return gauge(api, monitor).equals("0.0");
        });
        String outage = output.getAll().substring(logBefore);
        assertThat(count(outage, "Rate limits are now kept by each gateway alone")).isEqualTo(1);
        assertThat(count(outage, "Rate limits are shared through Redis again")).isEqualTo(1);
    }

    private static String gauge(Api api, String token) {
        return api.get("/actuator/prometheus", token).body().lines()
                .filter(line -> line.startsWith("gateway_ratelimit_redis_circuit_open"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .findFirst().orElse("missing");
    }

    private static Api.Reply timed(List<Long> millis, java.util.function.Supplier<Api.Reply> call) {
        long start = System.nanoTime();
        Api.Reply reply = call.get();
        millis.add((System.nanoTime() - start) / 1_000_000);
        return reply;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String text, String phrase) {
        return text.lines().filter(line -> line.contains(phrase)).count();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gateway-redis-outage");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
