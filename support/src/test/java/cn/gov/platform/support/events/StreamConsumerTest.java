package cn.gov.platform.support.events;

import cn.gov.platform.support.RedisForTests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

class StreamConsumerTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);

    private final StringRedisTemplate redis = RedisForTests.redis();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String stream = "test-" + UUID.randomUUID().toString().substring(0, 8) + ".events";
    /** Its own group per test: handled event ids are remembered per group. */
    private final String group = "group-" + UUID.randomUUID().toString().substring(0, 8);
    private final TestEvents contract = new TestEvents(stream);
    private final InMemoryDeadLetters letters = new InMemoryDeadLetters();
    private final List<String> handled = new ArrayList<>();

    static EventsProperties.Consumer config(Duration claimIdle, int maxDeliveries) {
        return new EventsProperties.Consumer(true, "", 100, Duration.ZERO, claimIdle, Duration.ZERO, maxDeliveries,
                Duration.ofHours(1), Duration.ZERO, 1);
    }

    private StreamConsumer<TestEvents.TestEvent> consumer(String name, EventHandler<TestEvents.TestEvent> handler) {
        return new StreamConsumer<>(EventSubscription.of(group, contract, handler), redis, letters,
                config(IDLE, 3), name, CLOCK, meters);
    }

    private StreamConsumer<TestEvents.TestEvent> recording(String name) {
        return consumer(name, e -> {
            handled.add(e.eventId());
            return "HANDLED";
        });
    }

    private String publish(String eventId, String value) {
        return redis.opsForStream().add(StreamRecords.string(contract.encode(TestEvents.ping(eventId, value)))
                .withStreamKey(stream)).getValue();
    }

    private void publishRaw(Map<String, String> fields) {
        redis.opsForStream().add(StreamRecords.string(fields).withStreamKey(stream));
    }

    private long pending() {
        return redis.opsForStream().pending(stream, group, Range.unbounded(), 100).size();
    }

    private double consumed(String outcome) {
        return meters.counter("platform.events.consumed", "stream", stream, "group", group, "outcome", outcome).count();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aNewEventIsHandledAndAcknowledgedAndTheGroupSeesTheStreamFromItsStart() {
        publish("e-1", "before the group existed");
        StreamConsumer<TestEvents.TestEvent> consumer = recording("c-1");

        consumer.poll();
        publish("e-2", "after");
        consumer.poll();

        assertThat(handled).containsExactly("e-1", "e-2");
        assertThat(pending()).isZero();
        assertThat(consumed("HANDLED")).isEqualTo(2);
    }

    @Test
    void anEntryLeftPendingByAConsumerThatDiedIsTakenOverOnceIdleLongEnough() {
        StreamConsumer<TestEvents.TestEvent> survivor = recording("survivor");
        survivor.ensureGroup();
        publish("e-1", "x");
        // An instance reads it and dies before acknowledging.
        redis.opsForStream().read(Consumer.from(group, "died"), StreamReadOptions.empty().count(1),
                StreamOffset.create(stream, ReadOffset.lastConsumed()));

        survivor.poll();
        assertThat(handled).as("not idle long enough yet").isEmpty();

        sleep(IDLE.plusMillis(100));
        survivor.poll();

        assertThat(handled).containsExactly("e-1");
        assertThat(pending()).isZero();
        assertThat(meters.counter("platform.events.reclaimed", "stream", stream, "group", group).count()).isEqualTo(1);
    }

    @Test
    void anEventWhoseHandlingFailsOnMaxDeliveriesGoesToTheDeadLettersWithItsErrorAndIsAcknowledged() {
        AtomicInteger attempts = new AtomicInteger();
        StreamConsumer<TestEvents.TestEvent> consumer = consumer("c-1", e -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("template missing");
        });
        String entryId = publish("e-1", "x");

        consumer.poll();
        for (int i = 0; i < 5 && letters.all().isEmpty(); i++) {
            sleep(IDLE.plusMillis(100));
            consumer.poll();
        }

        assertThat(attempts).as("three deliveries, each tried").hasValue(3);
        assertThat(letters.all()).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo(stream + ":" + entryId + ":" + group);
            assertThat(letter.eventId()).isEqualTo("e-1");
            assertThat(letter.type()).isEqualTo("Ping");
            assertThat(letter.deliveries()).isEqualTo(3);
            assertThat(letter.lastError()).isEqualTo("IllegalStateException: template missing");
            assertThat(letter.fields()).containsEntry("value", "x");
            assertThat(letter.deadAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(pending()).isZero();
        assertThat(meters.counter("platform.events.dead-lettered", "stream", stream, "group", group).count())
                .isEqualTo(1);
    }

    @Test
    void aDeadLetterIsReplayedThroughTheHandlerOnceTheCauseIsFixedAndRecordsWhoAndWhatCameOfIt() {
        AtomicBoolean fixed = new AtomicBoolean();
        StreamConsumer<TestEvents.TestEvent> consumer = consumer("c-1", e -> {
            if (!fixed.get()) {
                throw DomainViolation.rule("TEMPLATE_VARIABLES_MISMATCH", "模板变量不符。", "Variables do not fit.", null);
            }
            handled.add(e.eventId());
            return "QUEUED";
        });
        DeadLetterReplay replay = new DeadLetterReplay(letters, List.of(consumer), CLOCK);
        publish("e-1", "x");
        consumer.poll();
        for (int i = 0; i < 5 && letters.all().isEmpty(); i++) {
            sleep(IDLE.plusMillis(100));
            consumer.poll();
        }
        String id = letters.all().getFirst().id();

        assertThatThrownBy(() -> replay.replay(id, "admin-1")).isInstanceOf(DomainViolation.class)
                .hasMessageContaining("Variables do not fit");
        assertThat(letters.find(id).orElseThrow().replayedAt()).as("a failed replay changes nothing").isNull();

        fixed.set(true);
        DeadLetter replayed = replay.replay(id, "admin-1");

        assertThat(handled).containsExactly("e-1");
        assertThat(replayed.replayOutcome()).isEqualTo("QUEUED");
        assertThat(replayed.replayedBy()).isEqualTo("admin-1");
        assertThat(replayed.replayedAt()).isEqualTo(CLOCK.instant());
        assertThat(replay.list()).containsExactly(replayed);
        assertThatThrownBy(() -> replay.replay("no-such-letter", "admin-1")).isInstanceOf(DomainViolation.class)
                .hasMessageContaining("no such dead letter");
    }

    @Test
    void anEventWhoseIdWasHandledBeforeIsAcknowledgedWithoutReachingTheHandler() {
        StreamConsumer<TestEvents.TestEvent> consumer = recording("c-1");
        publish("e-1", "first");
        consumer.poll();
        publish("e-1", "the relay sent it again");
        publish("e-2", "x");
        publish("e-2", "twice in one batch");

        consumer.poll();

        assertThat(handled).containsExactly("e-1", "e-2");
        assertThat(pending()).isZero();
        assertThat(consumed("duplicate")).isEqualTo(2);
    }

    @Test
    void aTypeTheContractDoesNotKnowIsAcknowledgedAndCountedAndNeverDeadLettered() {
        StreamConsumer<TestEvents.TestEvent> consumer = recording("c-1");
        publishRaw(Map.of("eventId", "e-9", "type", "SomethingIssue9Adds", "whatever", "x"));

        consumer.poll();

        assertThat(handled).isEmpty();
        assertThat(pending()).isZero();
        assertThat(letters.all()).isEmpty();
        assertThat(meters.counter("platform.events.unknown-types", "stream", stream, "group", group, "type",
                "SomethingIssue9Adds").count()).isEqualTo(1);
    }

    @Test
    void anEntryThatDoesNotFitTheContractGoesToTheDeadLettersAtOnceAndCannotBeReplayed() {
        StreamConsumer<TestEvents.TestEvent> consumer = recording("c-1");
        Map<String, String> noEventId = new LinkedHashMap<>(Map.of("type", "Ping", "value", "x"));
        publishRaw(noEventId);

        consumer.poll();

        assertThat(handled).isEmpty();
        assertThat(pending()).isZero();
        DeadLetter letter = letters.all().getFirst();
        assertThat(letter.lastError()).startsWith("malformed: field eventId is missing");
        assertThat(letter.deliveries()).isEqualTo(1);
        assertThatThrownBy(() -> new DeadLetterReplay(letters, List.of(consumer), CLOCK).replay(letter.id(), "admin"))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("cannot be replayed");
    }

    @Test
    void anEventThatMustWaitStaysPendingPastMaxDeliveriesAndIsHandledOnceItCan() {
        AtomicBoolean ready = new AtomicBoolean();
        StreamConsumer<TestEvents.TestEvent> consumer = consumer("c-1", e -> {
            if (!ready.get()) {
                throw new RetryLater("the calendar was never read");
            }
            handled.add(e.eventId());
            return "HANDLED";
        });
        publish("e-1", "x");
        consumer.poll();
        for (int i = 0; i < 4; i++) {
            sleep(IDLE.plusMillis(100));
            consumer.poll();
        }
        assertThat(letters.all()).as("five deliveries, more than three, and still no dead letter").isEmpty();
        assertThat(pending()).isEqualTo(1);

        ready.set(true);
        sleep(IDLE.plusMillis(100));
        consumer.poll();

        assertThat(handled).containsExactly("e-1");
        assertThat(pending()).isZero();
        assertThat(consumed("deferred")).isEqualTo(5);
    }

    @Test
    void aBatchHandlerSettlesEachEventOnItsOwn() {
        StreamConsumer<TestEvents.TestEvent> consumer = consumer("c-1", new EventHandler<>() {
            @Override
            public String handle(TestEvents.TestEvent event) {
                throw new AssertionError("the batch is handled at once");
            }

            @Override
            public List<Handled> handleAll(List<TestEvents.TestEvent> events) {
                return events.stream().<Handled>map(e -> e.value().equals("bad")
                        ? new Handled.Failed(new IllegalArgumentException("bad")) : new Handled.Done("STORED")).toList();
            }
        });
        publish("e-1", "good");
        publish("e-2", "bad");
        publish("e-3", "good");

        consumer.poll();

        assertThat(consumed("STORED")).isEqualTo(2);
        assertThat(redis.opsForStream().pending(stream, group, Range.unbounded(), 10)).singleElement()
                .satisfies(p -> assertThat(redis.opsForStream().range(stream, Range.closed(p.getIdAsString(),
                        p.getIdAsString())).getFirst().getValue()).containsEntry("eventId", "e-2"));
    }

    @Test
    void theGaugesTellHowManyEntriesArePendingAndHowFarTheGroupIsBehind() {
        StreamConsumer<TestEvents.TestEvent> consumer = consumer("c-1", e -> {
            throw new IllegalStateException("down");
        });
        publish("e-1", "x");

        consumer.poll();

        assertThat(meters.get("platform.events.pending").tag("stream", stream).gauge().value()).isEqualTo(1);
        assertThat(meters.get("platform.events.lag").tag("group", group).timeGauge().value()).isZero();
    }
}
