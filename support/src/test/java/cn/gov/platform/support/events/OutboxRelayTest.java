package cn.gov.platform.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;

class OutboxRelayTest {

    private final StringRedisTemplate redis = RedisForTests.redis();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private final String stream = name + ".events";
    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final OutboxHints hints = OutboxHints.of(redis, name);
    private final OutboxSource source = new OutboxSource(stream, store, hints);
    private final EventsProperties.Relay config = new EventsProperties.Relay(true, Duration.ofMillis(100),
            Duration.ofHours(1), 100, Duration.ofSeconds(30));
    private OutboxRelay relay;

    @BeforeEach
    void relay() {
        relay = new OutboxRelay(source, redis, config, meters);
    }

    private List<String> streamEventIds() {
        return redis.opsForStream().range(stream, Range.unbounded()).stream()
                .map(r -> String.valueOf(r.getValue().get("eventId"))).toList();
    }

    @Test
    void eachDocumentsEventsReachTheStreamInTheOrderTheyWereRecordedAndAreMarkedRelayed() {
        store.record("cases/a", "a1", "x");
        store.record("cases/b", "b1", "x");
        store.record("cases/a", "a2", "x");
        store.record("cases/a", "a3", "x");

        OutboxRelay.Pass pass = relay.relayOnce();

        assertThat(pass.events()).isEqualTo(4);
        List<String> sent = streamEventIds();
        assertThat(sent).containsExactlyInAnyOrder("a1", "a2", "a3", "b1");
        assertThat(sent.stream().filter(id -> id.startsWith("a"))).containsExactly("a1", "a2", "a3");
        assertThat(store.sweep(10)).as("everything marked relayed").isEmpty();
        assertThat(relay.relayOnce().events()).as("nothing twice").isZero();
        assertThat(meters.counter("platform.events.relayed", "stream", stream, "type", "Ping").count()).isEqualTo(4);
    }

    @Test
    void whileAnotherInstanceHoldsTheSourcesLockThisOneRelaysNothing() {
        store.record("cases/a", "a1", "x");
        redis.opsForValue().set("events:outbox:" + name + ":lock", "another-instance", Duration.ofSeconds(30));

        assertThat(relay.relayOnce()).isEqualTo(OutboxRelay.Pass.NOT_MINE);
        assertThat(streamEventIds()).isEmpty();

        redis.delete("events:outbox:" + name + ":lock");
        assertThat(relay.relayOnce().events()).isEqualTo(1);
        assertThat(redis.hasKey("events:outbox:" + name + ":lock")).as("released after the pass").isFalse();
    }

    @Test
    void twoInstancesOfTheRelayNeverSendTheSameOutboxAtOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            store.record("cases/" + (i % 20), "e" + i, "x");
        }
        OutboxRelay other = new OutboxRelay(source, redis, config, meters);
        Thread t = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 20; i++) {
                other.relayOnce();
            }
        });
        for (int i = 0; i < 20; i++) {
            relay.relayOnce();
        }
        t.join();

        assertThat(streamEventIds()).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void anEventSentBeforeACrashAndNotYetMarkedIsSentAgainAndTheConsumerHandlesItOnce() {
        store.record("cases/a", "a1", "x");
        store.marksThatCrash.set(1);

        assertThatThrownBy(relay::relayOnce).hasMessageContaining("died before marking");
        assertThat(streamEventIds()).containsExactly("a1");

        OutboxRelay restarted = new OutboxRelay(source, redis, config, meters);
        restarted.relayOnce();
        assertThat(streamEventIds()).as("at least once: sent again after the restart").containsExactly("a1", "a1");
        assertThat(store.sweep(10)).isEmpty();

        List<String> handled = new java.util.ArrayList<>();
        StreamConsumer<TestEvents.TestEvent> consumer = new StreamConsumer<>(EventSubscription.of("g",
                new TestEvents(stream), e -> {
                    handled.add(e.eventId());
                    return "HANDLED";
                }), redis, new InMemoryDeadLetters(), StreamConsumerTest.config(Duration.ofSeconds(30), 5),
                "c-1", Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC), meters);
        consumer.poll();
        consumer.poll();
        assertThat(handled).as("the duplicate is dropped by its eventId").containsExactly("a1");
    }

    @Test
    void aHintNamesTheDocumentToReadAndTheSweepFindsWhatALostHintLeftBehind() {
        OutboxRelay sweepsOnlyAtStart = relay;
        sweepsOnlyAtStart.relayOnce(); // the first pass sweeps; the next sweep is an hour away

        store.record("cases/hinted", "h1", "x");
        hints.pending("cases/hinted");
        store.record("cases/lost", "l1", "x"); // its hint was lost (Redis down at the wrong moment)

        assertThat(sweepsOnlyAtStart.relayOnce().events()).isEqualTo(1);
        assertThat(streamEventIds()).containsExactly("h1");

        OutboxRelay restarted = new OutboxRelay(source, redis, config, meters);
        assertThat(restarted.relayOnce().events()).as("a restart sweeps at once").isEqualTo(1);
        assertThat(streamEventIds()).containsExactly("h1", "l1");
    }

    @Test
    void aHintWakesTheRelayOfThisInstanceAtOnce() throws Exception {
        OutboxRelays relays = new OutboxRelays(List.of(relay),
                new EventsProperties.Relay(true, Duration.ofMinutes(10), Duration.ofHours(1), 100, Duration.ofSeconds(30)));
        relays.start();
        try {
            Thread.sleep(300); // the first pass (with its sweep) is done; the next waits ten minutes or a hint
            store.record("cases/a", "a1", "x");
            hints.pending("cases/a");
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (streamEventIds().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(streamEventIds()).containsExactly("a1");
        } finally {
            relays.stop();
        }
    }

    @Test
    void stoppingLetsThePassUnderWayFinishAndFreesTheLockForAnotherInstanceAtOnce() throws Exception {
        java.util.concurrent.CountDownLatch inPass = new java.util.concurrent.CountDownLatch(1);
        OutboxStore slow = new OutboxStore() {
            @Override
            public List<PendingOutbox> pending(java.util.Collection<String> keys) {
                return store.pending(keys);
            }

            @Override
            public List<PendingOutbox> sweep(int limit) {
                inPass.countDown();
                try {
                    Thread.sleep(500); // a pass that takes a while: a large batch, a slow store
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted mid-pass", e);
                }
                return store.sweep(limit);
            }

            @Override
            public void markRelayed(PendingOutbox outbox, List<String> eventIds) {
                store.markRelayed(outbox, eventIds);
            }
        };
        store.record("cases/a", "a1", "x");
        OutboxRelays relays = new OutboxRelays(List.of(new OutboxRelay(new OutboxSource(stream, slow, hints), redis,
                config, meters)), config);
        relays.start();
        assertThat(inPass.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        relays.stop();

        assertThat(streamEventIds()).as("the pass under way finished").containsExactly("a1");
        assertThat(redis.hasKey("events:outbox:" + name + ":lock")).as("its lock released, not left to expire").isFalse();
        store.record("cases/b", "b1", "x");
        assertThat(relay.relayOnce().events()).as("another instance relays at once").isEqualTo(1);
    }
}
