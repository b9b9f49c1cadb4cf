package cn.gov.platform.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * This gateway's buckets, by kind (a route's default limit, or a rule) and caller. Taking a
 * token touches memory only; every bucket touched since the last settlement waits in one queue
 * for the next batch to Redis.
 */
final class TokenBuckets {

    private final LongSupplier nanoTime;
    private final int maxKeysPerKind;
    private final ConcurrentLinkedQueue<Bucket> toSettle = new ConcurrentLinkedQueue<>();
    private final List<Kind> kinds = new CopyOnWriteArrayList<>();

    TokenBuckets(LongSupplier nanoTime, int maxKeysPerKind) {
        this.nanoTime = nanoTime;
        this.maxKeysPerKind = maxKeysPerKind;
    }

    /** A kind of bucket: one per caller, all of the same size, named in Redis by {@code name}. */
    Kind kind(String name, Limit limit) {
        Kind kind = new Kind(name, limit);
        kinds.add(kind);
        return kind;
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** The buckets touched since the last call, each once; they may be touched again meanwhile. */
    List<Bucket> drainTouched() {
        List<Bucket> batch = new ArrayList<>();
        for (Bucket bucket; (bucket = toSettle.poll()) != null; ) {
            bucket.queued.set(false);
            batch.add(bucket);
        }
        return batch;
    }

    /** Forgets buckets nobody used for long enough that they would be full again anyway. */
    void evictIdle() {
        long now = now();
        for (Kind kind : kinds) {
            kind.evictIdle(now);
        }
    }

    int size() {
        return kinds.stream().mapToInt(k -> k.users.size() + k.addresses.size()).sum();
    }

    final class Kind {

        final String name;
        final Limit limit;
        private final String userPrefix;
        private final String addressPrefix;
        private final ConcurrentHashMap<String, Bucket> users = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Bucket> addresses = new ConcurrentHashMap<>();
        private volatile long lastEviction;

        private Kind(String name, Limit limit) {
            this.name = name;
            this.limit = limit;
            // One hash tag: every bucket lands in the same slot of a Redis cluster, so one script
            // can settle a whole batch.
            this.userPrefix = "rate-limit:{gateway}:" + name + ":user:";
            this.addressPrefix = "rate-limit:{gateway}:" + name + ":address:";
            this.lastEviction = now() - 2_000_000_000L;
        }

        /**
         * Takes a token from the caller's bucket: the whole tokens left, or {@link Bucket#REFUSED}.
         * A caller for whom no room is left in memory is let through (fail open).
         */
        long take(boolean user, String caller) {
            long now = now();
            Bucket bucket = bucket(user, caller, now);
            if (bucket == null) {
                return limit.capacity();
            }
            long left = bucket.take(now);
            if (!bucket.queued.get() && bucket.queued.compareAndSet(false, true)) {
                toSettle.add(bucket);
            }
            return left;
        }

        long nanosUntilNextToken(boolean user, String caller) {
            Bucket bucket = (user ? users : addresses).get(caller);
            return bucket == null ? 0 : bucket.nanosUntilNextToken(now());
        }

        private @Nullable Bucket bucket(boolean user, String caller, long now) {
            ConcurrentHashMap<String, Bucket> map = user ? users : addresses;
            Bucket bucket = map.get(caller);
            if (bucket != null) {
                return bucket;
            }
            if (map.size() >= maxKeysPerKind) {
                evictIdle(now);
                if (map.size() >= maxKeysPerKind) {
                    return null;
                }
            }
            String prefix = user ? userPrefix : addressPrefix;
            return map.computeIfAbsent(caller, c -> new Bucket(prefix + c, limit, now));
        }

        private void evictIdle(long now) {
            // At most once a second: a flood of new callers must not turn into a scan per request.
            if (now - lastEviction < 1_000_000_000L) {
                return;
            }
            lastEviction = now;
            long cutoff = now - limit.nanosToRecover() - 10_000_000_000L;
            users.values().removeIf(bucket -> bucket.idleSince(cutoff));
            addresses.values().removeIf(bucket -> bucket.idleSince(cutoff));
        }
    }
}
