package cn.gov.platform.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Settles this gateway's buckets with Redis in batches, every {@code interval}, off the request
 * path: one script call per few hundred buckets hands over what was taken here and answers each
 * shared bucket's level. A settlement that fails or takes longer than {@code timeout} opens a
 * circuit: for {@code retryAfter} Redis is not asked at all and every gateway limits on its own;
 * then one settlement tries again. Opening and closing are logged once each, and the state is
 * the gauge {@code gateway.ratelimit.redis.circuit.open}.
 */
final class SharedBuckets implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final int BATCH = 400;
    private static final int EVICT_EVERY_TICKS = 50;

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List<String>> SETTLE = (RedisScript) RedisScript.of(
            new ClassPathResource("rate-limit-settle.lua"), List.class);

    private final TokenBuckets buckets;
    private final ReactiveStringRedisTemplate redis;
    private final Duration interval;
    private final Duration timeout;
    private final long retryAfterNanos;
    private final AtomicBoolean settling = new AtomicBoolean();
    private volatile boolean open;
    private volatile long closedAgainAt;
    private int ticks;
    private @org.jspecify.annotations.Nullable Scheduler timer;
    private @org.jspecify.annotations.Nullable Disposable schedule;

    SharedBuckets(TokenBuckets buckets, ReactiveStringRedisTemplate redis, Duration interval, Duration timeout,
            Duration retryAfter) {
        this.buckets = buckets;
        this.redis = redis;
        this.interval = interval;
        this.timeout = timeout;
        this.retryAfterNanos = retryAfter.toNanos();
    }

    /** True while Redis is not asked: each gateway keeps its limits alone. */
    boolean circuitOpen() {
        return open;
    }

    /** One tick: settle what was touched since the last one, unless a settlement is still under way. */
    void settle() {
        if (++ticks % EVICT_EVERY_TICKS == 0) {
            buckets.evictIdle();
        }
        if (!settling.compareAndSet(false, true)) {
            return;
        }
        List<Bucket> batch = buckets.drainTouched();
        if (open && buckets.now() < closedAgainAt) {
            for (Bucket bucket : batch) {
                bucket.beginSettlement();
                bucket.settlementFailed();
            }
            settling.set(false);
            return;
        }
        if (batch.isEmpty() && !open) {
            settling.set(false);
            return;
        }
        List<List<Bucket>> chunks = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += BATCH) {
            chunks.add(batch.subList(from, Math.min(batch.size(), from + BATCH)));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of()); // a probe: is Redis back?
        }
        List<Integer> taken = new ArrayList<>(batch.size());
        for (Bucket bucket : batch) {
            taken.add(bucket.beginSettlement());
        }
        Flux.range(0, chunks.size())
                .flatMap(i -> send(chunks.get(i), taken.subList(i * BATCH, Math.min(taken.size(), (i + 1) * BATCH)))
                        .map(levels -> new Answer(chunks.get(i), levels)))
                .collectList()
                .timeout(timeout)
                .subscribe(answers -> {
                    long now = buckets.now();
                    for (Answer answer : answers) {
                        for (int j = 0; j < answer.buckets.size(); j++) {
                            answer.buckets.get(j).settled(Double.parseDouble(answer.levels.get(j)), now);
                        }
                    }
                    closeCircuit();
                    settling.set(false);
                }, failure -> {
                    for (Bucket bucket : batch) {
                        bucket.settlementFailed();
                    }
                    openCircuit(failure);
                    settling.set(false);
                });
    }

    private reactor.core.publisher.Mono<List<String>> send(List<Bucket> chunk, List<Integer> taken) {
        List<String> keys = new ArrayList<>(chunk.size());
        List<String> args = new ArrayList<>(chunk.size() * 3);
        for (int i = 0; i < chunk.size(); i++) {
            Bucket bucket = chunk.get(i);
            keys.add(bucket.sharedKey);
            args.add(Integer.toString(bucket.limit.capacity()));
            args.add(Double.toString(bucket.limit.tokensPerSecond()));
            args.add(Integer.toString(taken.get(i)));
        }
        return redis.execute(SETTLE, keys, args)
                .reduce(new ArrayList<String>(chunk.size()), (all, part) -> {
                    all.addAll(part);
                    return all;
                })
                .map(all -> (List<String>) all);
    }

    private void openCircuit(Throwable failure) {
        closedAgainAt = buckets.now() + retryAfterNanos;
        if (!open) {
            open = true;
            log.atWarn().addKeyValue("cause", failure.getClass().getSimpleName())
                    .log("Rate limits are now kept by each gateway alone: Redis did not answer within {} ms ({}); "
                            + "asking again every {} ms", timeout.toMillis(), failure.getMessage(),
                            retryAfterNanos / 1_000_000L);
        }
    }

    private void closeCircuit() {
        if (open) {
            open = false;
            log.info("Rate limits are shared through Redis again");
        }
    }

    private record Answer(List<Bucket> buckets, List<String> levels) {
    }

    @Override
    public synchronized void start() {
        if (schedule == null) {
            timer = Schedulers.newSingle("rate-limit-settlement", true);
            schedule = timer.schedulePeriodically(this::settleQuietly, interval.toNanos(), interval.toNanos(),
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void settleQuietly() {
        try {
            settle();
        } catch (RuntimeException e) {
            settling.set(false);
            openCircuit(e);
        }
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.dispose();
            schedule = null;
        }
        if (timer != null) {
            timer.dispose();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
