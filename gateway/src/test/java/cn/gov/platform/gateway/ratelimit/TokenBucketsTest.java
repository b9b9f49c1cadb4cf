package cn.gov.platform.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    final TokenBuckets buckets = new TokenBuckets(clock::get, 1_000);
    final TokenBuckets.Kind route = buckets.kind("route:intake", new Limit(3, 1));

    @Test
    void letsABurstThroughThenRefusesUntilATokenIsRefilled() {
        assertThat(route.take(true, "alice")).isEqualTo(2);
        assertThat(route.take(true, "alice")).isEqualTo(1);
        assertThat(route.take(true, "alice")).isZero();
        assertThat(route.take(true, "alice")).isEqualTo(Bucket.REFUSED);
        assertThat(route.nanosUntilNextToken(true, "alice")).isEqualTo(SECOND);

        clock.addAndGet(SECOND);

        assertThat(route.take(true, "alice")).isZero();
        assertThat(route.take(true, "alice")).isEqualTo(Bucket.REFUSED);
    }

    @Test
    void keepsUsersAndAddressesApart() {
        for (int i = 0; i < 3; i++) {
            route.take(true, "alice");
        }

        assertThat(route.take(true, "alice")).isEqualTo(Bucket.REFUSED);
        assertThat(route.take(true, "bob")).isEqualTo(2);
        assertThat(route.take(false, "alice")).isEqualTo(2);
    }

    @Test
    void neverRefillsBeyondTheCapacity() {
        route.take(true, "alice");
        clock.addAndGet(3_600 * SECOND);

        assertThat(route.take(true, "alice")).isEqualTo(2);
    }

    @Test
    void queuesEachTouchedBucketOnceForTheNextSettlement() {
        route.take(true, "alice");
        route.take(true, "alice");
        route.take(true, "bob");

        List<Bucket> batch = buckets.drainTouched();

        assertThat(batch).extracting(b -> b.sharedKey).containsExactlyInAnyOrder(
                "rate-limit:{gateway}:route:intake:user:alice", "rate-limit:{gateway}:route:intake:user:bob");
        assertThat(buckets.drainTouched()).isEmpty();
        route.take(true, "alice");
        assertThat(buckets.drainTouched()).hasSize(1);
    }

    @Test
    void handsOverWhatWasTakenAndAdoptsTheSharedLevelMinusWhatWasTakenSince() {
        route.take(true, "alice");
        route.take(true, "alice");
        Bucket alice = buckets.drainTouched().getFirst();

        assertThat(alice.beginSettlement()).isEqualTo(2);
        route.take(true, "alice"); // while Redis is asked
        // Another gateway took two as well: the shared bucket is at 3 - 2 - 2 = -1.
        alice.settled(-1, clock.get());

        assertThat(alice.tokens(clock.get())).isEqualTo(-2);
        assertThat(route.take(true, "alice")).isEqualTo(Bucket.REFUSED);
        clock.addAndGet(3 * SECOND);
        assertThat(route.take(true, "alice")).isZero();
        assertThat(alice.beginSettlement()).isEqualTo(2);
    }

    @Test
    void forgetsWhatCouldNotBeHandedOverWhenRedisFails() {
        route.take(true, "alice");
        Bucket alice = buckets.drainTouched().getFirst();
        alice.beginSettlement();

        alice.settlementFailed();

        assertThat(alice.beginSettlement()).isZero();
        assertThat(alice.tokens(clock.get())).isEqualTo(2);
    }

    @Test
    void dropsIdleBucketsOnlyOnceTheyWouldBeFullAgain() {
        route.take(true, "alice");
        Bucket alice = buckets.drainTouched().getFirst();
        alice.beginSettlement();
        alice.settled(2, clock.get());
        buckets.kind("other", new Limit(1, 1));
        clock.addAndGet(5 * SECOND);
        buckets.evictIdle();
        assertThat(buckets.size()).isEqualTo(1);

        clock.addAndGet(60 * SECOND);
        buckets.evictIdle();

        assertThat(buckets.size()).isZero();
    }

    @Test
    void letsCallersThroughUnlimitedWhenNoRoomIsLeftForTheirBuckets() {
        TokenBuckets small = new TokenBuckets(clock::get, 2);
        TokenBuckets.Kind kind = small.kind("route:identity", new Limit(1, 1));
        kind.take(false, "10.0.0.1");
        kind.take(false, "10.0.0.2");

        assertThat(kind.take(false, "10.0.0.3")).isEqualTo(1);
        assertThat(kind.take(false, "10.0.0.3")).isEqualTo(1);
        assertThat(small.size()).isEqualTo(2);
    }
}
