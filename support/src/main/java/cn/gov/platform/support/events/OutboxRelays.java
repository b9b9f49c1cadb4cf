package cn.gov.platform.support.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every relay of the service on its own thread: a pass whenever a hint of this instance wakes
 * it or {@code interval} passed (hints of other instances wait in Redis), passes back to back while
 * a pass was full, and after a failure the next pass a second later (nothing is lost: what was not
 * marked relayed is still in its outbox). Stopping lets a pass under way finish and release its
 * lock (up to {@link #STOP_GRACE}), so another instance relays at once instead of waiting out the
 * lock's time to live; only a pass still running after that is interrupted.
 */
public final class OutboxRelays implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelays.class);
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final List<OutboxRelay> relays;
    private final Duration interval;
    private final Duration drainBudget;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Semaphore> wakes = new ArrayList<>();
    private volatile boolean running;

    public OutboxRelays(List<OutboxRelay> relays, EventsProperties.Relay config) {
        this.relays = List.copyOf(relays);
        this.interval = config.interval();
        // Back-to-back passes stop well before the lock's time to live would need many renewals.
        this.drainBudget = config.lockTtl().dividedBy(2);
    }

    public List<OutboxRelay> relays() {
        return relays;
    }

    @Override
    public void start() {
        running = true;
        for (OutboxRelay relay : relays) {
            Semaphore hinted = new Semaphore(0);
            relay.source().hints().onHint(hinted::release);
            wakes.add(hinted);
            threads.add(Thread.ofPlatform().daemon().name("outbox-relay-" + relay.source().name())
                    .start(() -> loop(relay, hinted)));
        }
    }

    private void loop(OutboxRelay relay, Semaphore hinted) {
        while (running) {
            Duration pause = interval;
            try {
                long until = System.nanoTime() + drainBudget.toNanos();
                OutboxRelay.Pass pass;
                do {
                    pass = relay.relayOnce();
                } while (running && pass.more() && System.nanoTime() < until);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Relay of {} failed a pass; what was not marked relayed goes in a later one: {}",
                        relay.source().name(), e.toString());
                pause = Duration.ofSeconds(1);
            }
            try {
                if (hinted.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    hinted.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        wakes.forEach(Semaphore::release);
        long until = System.nanoTime() + STOP_GRACE.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                log.warn("{} did not finish its pass within {}; interrupted, its lock expires by itself",
                        thread.getName(), STOP_GRACE);
                thread.interrupt();
            }
        }
        threads.clear();
        wakes.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 30;
    }
}
