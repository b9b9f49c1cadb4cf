package cn.gov.platform.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.support.RedisForTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Several readers of one subscription in one instance: consumers of their own in the group, each event handled once. */
class ReadersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);

    private final StringRedisTemplate redis = RedisForTests.redis();
    private final String stream = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    private final TestEvents contract = new TestEvents(stream);
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Set<String> handledBy = ConcurrentHashMap.newKeySet();

    private EventsConfiguration.StreamConsumers consumers(int readers) {
        String group = "group-" + UUID.randomUUID().toString().substring(0, 8);
        EventSubscription<TestEvents.TestEvent> subscription = EventSubscription.of(group, contract, e -> {
            handled.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
            handledBy.add(Thread.currentThread().getName());
            sleep(Duration.ofMillis(5)); // a store write, so that the readers overlap
            return "HANDLED";
        });
        EventsProperties.Consumer consumer = new EventsProperties.Consumer(true, "notifications-7f", 20,
                Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofSeconds(5), 3, Duration.ofHours(1),
                Duration.ofSeconds(10), readers);
        EventsProperties properties = new EventsProperties(new EventsProperties.Relay(true, Duration.ofMillis(500),
                Duration.ofSeconds(30), 100, Duration.ofSeconds(30)), consumer);
        return new EventsConfiguration.Consumers().streamConsumers(List.of(subscription), redis,
                new InMemoryDeadLetters(), properties, CLOCK, new SimpleMeterRegistry(), "", "notifications");
    }

    @Test
    void eachReaderIsAConsumerOfItsOwnInTheGroup() {
        assertThat(consumers(3).all()).extracting(StreamConsumer::name)
                .containsExactly("notifications-7f", "notifications-7f-2", "notifications-7f-3");
        assertThat(consumers(1).all()).extracting(StreamConsumer::name).containsExactly("notifications-7f");
    }

    @Test
    void threeReadersHandleEveryEventOnceAndShareTheWork() {
        ConsumerLoops loops = new ConsumerLoops(consumers(3).all());
        for (int i = 0; i < 300; i++) {
            redis.opsForStream().add(StreamRecords.string(contract.encode(TestEvents.ping("e-" + i, "x")))
                    .withStreamKey(stream));
        }
        loops.start();
        try {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (handled.size() < 300 && System.nanoTime() < until) {
                sleep(Duration.ofMillis(50));
            }
        } finally {
            loops.stop();
        }

        assertThat(handled).hasSize(300);
        assertThat(handled.values()).allMatch(count -> count.get() == 1);
        assertThat(handledBy).as("the readers' threads").hasSizeGreaterThan(1);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
