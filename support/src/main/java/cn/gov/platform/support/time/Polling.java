package cn.gov.platform.support.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a poll once before the service takes traffic, then every {@code every} on one small daemon
 * thread named {@code name}. The poll logs what it cannot read; nothing it throws stops the polling.
 */
public final class Polling implements SmartLifecycle {

    private final String name;
    private final Runnable poll;
    private final Duration every;
    private ScheduledExecutorService executor;

    public Polling(String name, Runnable poll, Duration every) {
        this.name = name;
        this.poll = poll;
        this.every = every;
    }

    @Override
    public void start() {
        poll.run();
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
        executor.scheduleWithFixedDelay(() -> {
            try {
                poll.run();
            } catch (RuntimeException e) {
                // the poll logs what it cannot read; nothing may stop the polling
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
