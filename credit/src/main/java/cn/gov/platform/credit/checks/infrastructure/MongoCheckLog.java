package cn.gov.platform.credit.checks.infrastructure;

import cn.gov.platform.credit.checks.application.CheckLog;
import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Feedback;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

/**
 * Checks go to collection {@code checks} by group commit: a check waits until the one writer
 * thread has written the batch holding its record, so no answer leaves before its record is
 * kept, while concurrent checks share one bulk write (the writer takes whatever queued while the
 * previous write ran, up to 500). A write that fails or takes longer than {@code writeTimeout}
 * answers the check with a 503 (the caller retries), never an answer without its record.
 */
class MongoCheckLog implements CheckLog, AutoCloseable {

    static final String CHECKS = "checks";
    static final String FEEDBACK = "check_feedback";
    private static final Logger log = LoggerFactory.getLogger(MongoCheckLog.class);
    private static final int BATCH = 500;

    private record Pending(CheckRecord check, CompletableFuture<Void> written) {
    }

    private final MongoTemplate mongo;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>(20_000);
    private final Duration writeTimeout;
    private final Thread writer;
    private volatile boolean running = true;

    MongoCheckLog(MongoTemplate mongo, Duration writeTimeout) {
        this.mongo = mongo;
        this.writeTimeout = writeTimeout;
        this.writer = Thread.ofPlatform().daemon().name("credit-check-writer").start(this::loop);
    }

    /** Returns once the record is in the store; a 503 if it could not be written in time. */
    @Override
    public void record(CheckRecord check) {
        Pending pending = new Pending(check, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, writeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw notKept(check, "the write queue is full");
            }
            pending.written().get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notKept(check, "interrupted");
        } catch (ExecutionException e) {
            throw notKept(check, e.getCause().toString());
        } catch (TimeoutException e) {
            throw notKept(check, "no write within " + writeTimeout);
        }
    }

    private static PlatformException notKept(CheckRecord check, String why) {
        log.warn("Check {} not answered, its record was not kept: {}", check.id(), why);
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "CHECK_NOT_RECORDED",
                Message.of("信用核查记录暂时无法保存，请稍后重试。", "The credit check could not be recorded; try again shortly."));
    }

    @Override
    public Optional<CheckRecord> check(String checkId) {
        return Optional.ofNullable(mongo.findById(checkId, CheckRecord.class, CHECKS));
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
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
                batch.forEach(p -> p.written().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(batch, e);
                return;
            } catch (RuntimeException e) {
                log.warn("{} check records not written; their checks answer 503: {}", batch.size(), e.toString());
                fail(batch, e);
            }
        }
    }

    private static void fail(List<Pending> batch, Exception cause) {
        batch.forEach(p -> p.written().completeExceptionally(cause));
    }

    private void write(List<Pending> batch) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CHECKS);
        bulk.insert(batch.stream().map(Pending::check).toList());
        bulk.execute();
    }

    /** Stops the writer; checks still queued are answered 503 rather than left waiting. */
    @Override
    public void close() {
        running = false;
        writer.interrupt();
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        fail(left, new IllegalStateException("shutting down"));
    }
}
