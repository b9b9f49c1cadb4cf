package cn.gov.platform.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.platform.devstack.EmbeddedRedis;
import io.lettuce.core.ClientOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Two gateways' limiters settling through one real Redis, and what happens when it goes away
 * and comes back. Each test has a Redis of its own, so stopping it disturbs nobody else.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedBucketsIT {

    final List<AutoCloseable> closing = new ArrayList<>();
    final int port = freePort();
    final Path data = temporaryDirectory();
    EmbeddedRedis redis = startRedis();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        redis.close();
    }

    @Test
    void twoGatewaysTogetherLetACallerExceedTheLimitByAtMostOneBurstAndHoldTheRate() throws Exception {
        Limit limit = new Limit(20, 10);
        Gateway a = gateway(limit);
        Gateway b = gateway(limit);
        long seconds = 3;

        long allowed = hammer(List.of(a, b), "alice", Duration.ofSeconds(seconds));

        long single = limit.capacity() + (long) (limit.tokensPerSecond() * seconds);
        long tolerance = limit.capacity() + 2 * (long) Math.ceil(limit.tokensPerSecond() * 0.1);
        assertThat(allowed).isBetween(single - 10, single + tolerance);
    }

    @Test
    void goesOnLimitingAloneWhileRedisIsAwayAndSharesAgainOnceItIsBack(CapturedOutput output) throws Exception {
        Gateway a = gateway(new Limit(5, 1));
        assertThat(a.kind.take(true, "bob")).isEqualTo(4);
        // Settled at least once, so the circuit is known closed (a slow first connection may have opened it).
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            a.kind.take(true, "erin");
            return !a.shared.circuitOpen() && a.template.hasKey("rate-limit:{gateway}:route:test:user:erin")
                    .block(Duration.ofSeconds(2));
        });
        int logBefore = output.getAll().length();

        redis.close();
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            a.kind.take(true, "bob");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("taking tokens never waits for Redis").isLessThan(100);
        assertThat(a.kind.take(true, "bob")).as("still limited, by this gateway alone").isEqualTo(Bucket.REFUSED);
        await().atMost(Duration.ofSeconds(5)).until(a.shared::circuitOpen);

        redis = EmbeddedRedis.persistent(port, data);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            a.kind.take(true, "carol");
            return !a.shared.circuitOpen();
        });

        String outage = output.getAll().substring(logBefore);
        assertThat(count(outage, "Rate limits are now kept by each gateway alone")).isEqualTo(1);
        assertThat(count(outage, "Rate limits are shared through Redis again")).isEqualTo(1);
    }

    @Test
    void opensTheCircuitWhenRedisIsTooSlowToAnswer() throws Exception {
        Gateway a = gateway(new Limit(5, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            a.kind.take(true, "dave");
            return a.template.hasKey("rate-limit:{gateway}:route:test:user:dave").block(Duration.ofSeconds(2));
        });

        try (var client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:" + port);
                var connection = client.connect()) {
            connection.sync().clientPause(3_000);
            long start = System.nanoTime();
            a.kind.take(true, "dave");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100);
            await().atMost(Duration.ofSeconds(3)).until(a.shared::circuitOpen);
        }
    }

    private long hammer(List<Gateway> gateways, String caller, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(gateways.size() * 2)) {
            List<Future<Long>> counts = new ArrayList<>();
            for (Gateway gateway : gateways) {
                for (int t = 0; t < 2; t++) {
                    counts.add(pool.submit(() -> {
                        long allowed = 0;
                        while (System.nanoTime() < end) {
                            if (gateway.kind.take(true, caller) != Bucket.REFUSED) {
                                allowed++;
                            }
                            Thread.sleep(1);
                        }
                        return allowed;
                    }));
                }
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        }
    }

    private Gateway gateway(Limit limit) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(250))
                        .clientOptions(ClientOptions.builder()
                                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build())
                        .build());
        factory.afterPropertiesSet();
        factory.start();
        closing.add(factory::destroy);
        ReactiveStringRedisTemplate template = new ReactiveStringRedisTemplate(factory);
        TokenBuckets buckets = new TokenBuckets(System::nanoTime, 1_000);
        SharedBuckets shared = new SharedBuckets(buckets, template, Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(500));
        shared.start();
        closing.add(shared::stop);
        return new Gateway(buckets, buckets.kind("route:test", limit), shared, template);
    }

    record Gateway(TokenBuckets buckets, TokenBuckets.Kind kind, SharedBuckets shared,
            ReactiveStringRedisTemplate template) {
    }

    private EmbeddedRedis startRedis() {
        try {
            return EmbeddedRedis.persistent(port, data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String text, String phrase) {
        return text.lines().filter(line -> line.contains(phrase)).count();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("shared-buckets-redis");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
