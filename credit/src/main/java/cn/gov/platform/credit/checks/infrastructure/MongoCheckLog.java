package cn.gov.platform.credit.checks.infrastructure;

import cn.gov.platform.credit.checks.application.CheckLog;
import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Feedback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Checks go to collection {@code checks} in batches written by one background thread (every
 * {@code flushEvery} or 500 records), so a check costs no store round trip. The price, stated:
 * a check answered in the last moments before a crash may not be kept (intake has its answer and
 * records it with the case); a feedback arriving before its check's batch is written waits for
 * this instance's queue to drain first.
 */
class MongoCheckLog implements CheckLog, AutoCloseable {

    static final String CHECKS = "checks";
    static final String FEEDBACK = "check_feedback";
    private static final Logger log = LoggerFactory.getLogger(MongoCheckLog.class);
    private final MongoTemplate mongo;
    private final LinkedBlockingQueue<CheckRecord> queue = new LinkedBlockingQueue<>(200_000);
    private final Duration flushEvery;
    private final Thread writer;
    private volatile boolean running = true;

    MongoCheckLog(MongoTemplate mongo, Duration flushEvery) {
        this.mongo = mongo;
        this.flushEvery = flushEvery;
        this.writer = Thread.ofPlatform().daemon().name("credit-check-writer").start(this::loop);
    }

    @Override
    public void record(CheckRecord check) {
        if (!queue.offer(check)) {
            // The writer is far behind: write this one directly rather than lose it.
            mongo.insert(check, CHECKS);
        }
    }

    @Override
    public Optional<CheckRecord> check(String checkId) {
        CheckRecord stored = mongo.findById(checkId, CheckRecord.class, CHECKS);
        if (stored == null && queue.stream().anyMatch(c -> c.id().equals(checkId))) {
            flush();
            stored = mongo.findById(checkId, CheckRecord.class, CHECKS);
        }
        return Optional.ofNullable(stored);
    }

    @Override
    public boolean addFeedback(Feedback feedback) {
        try {
            mongo.insert(feedback, FEEDBACK);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Feedback> feedback(String id) {
        return Optional.ofNullable(mongo.findById(id, Feedback.class, FEEDBACK));
    }

    private void loop() {
        while (running) {
            try {
                CheckRecord first = queue.poll(flushEvery.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<CheckRecord> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, 499);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Check records not written, retrying: {}", e.toString());
            }
        }
    }

    synchronized void flush() {
        List<CheckRecord> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private synchronized void write(List<CheckRecord> batch) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CHECKS);
        bulk.insert(batch);
        bulk.execute();
    }

    @Override
    public void close() {
        running = false;
        writer.interrupt();
        flush();
    }
}
