package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.Dispatcher;
import cn.gov.platform.notifications.messages.domain.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the dispatcher: takes due messages while there is room for them, claims and sends each on a
 * virtual thread (at most {@code concurrency} in flight; they spend most of their time waiting
 * for the provider's rate), and every few seconds requeues messages whose dispatcher died.
 * Claims are made in batches of half the room, so the queue is not queried once per message.
 */
class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);
    private static final Duration LEASE_SWEEP = Duration.ofSeconds(5);

    private final Dispatcher dispatcher;
    private final int concurrency;
    private final Duration poll;
    private final boolean providersConfigured;
    private final Semaphore room;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;

    DispatchLoop(Dispatcher dispatcher, int concurrency, Duration poll, boolean providersConfigured) {
        this.dispatcher = dispatcher;
        this.concurrency = concurrency;
        this.poll = poll;
        this.providersConfigured = providersConfigured;
        this.room = new Semaphore(concurrency);
    }

    @Override
    public void start() {
        running = true;
        if (!providersConfigured) {
            // Sending now could only fail until the messages are given up on: they wait, queued, instead.
            log.warn("No SMS provider is configured (SMS_A_URL, SMS_B_URL): messages stay queued until one is");
            return;
        }
        senders = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofPlatform().daemon().name("sms-dispatcher").start(this::run);
    }

    private void run() {
        // Lease sweeps are paced by the monotonic timer: a clock set back (a test's, or NTP's) must not stop them.
        long nextSweep = System.nanoTime();
        int batch = Math.max(1, concurrency / 2);
        while (running) {
            try {
                if (System.nanoTime() - nextSweep >= 0) {
                    nextSweep = System.nanoTime() + LEASE_SWEEP.toNanos();
                    dispatcher.releaseExpiredLeases();
                }
                if (room.availablePermits() < batch) {
                    Thread.sleep(5);
                    continue;
                }
                List<Message> due = dispatcher.due(room.availablePermits());
                if (due.isEmpty()) {
                    Thread.sleep(poll.toMillis());
                    continue;
                }
                // Claims run in the senders too: each is a few round trips, and done one after the
                // other in this thread they, not the provider's rate, would limit the throughput.
                for (Message m : due) {
                    room.acquire();
                    senders.submit(() -> {
                        try {
                            dispatcher.claim(m).ifPresent(dispatcher::deliver);
                        } finally {
                            room.release();
                        }
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Store or Redis away: nothing was lost (unclaimed messages stay queued), try again shortly.
                log.warn("Dispatch round failed: {}", e.toString());
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (senders != null) {
            senders.shutdown();
            try {
                // Messages still in flight keep their lease and are requeued by whoever runs next.
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after the web server and the consumers, stop before them.
        return Integer.MAX_VALUE - 10;
    }
}
