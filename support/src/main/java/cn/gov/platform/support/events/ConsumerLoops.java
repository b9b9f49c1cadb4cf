package cn.gov.platform.support.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** One thread per consumer, reading until the service stops; after a failed round the next one a second later. */
public final class ConsumerLoops implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoops.class);

    private final List<StreamConsumer<?>> consumers;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public ConsumerLoops(List<StreamConsumer<?>> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    public List<StreamConsumer<?>> consumers() {
        return consumers;
    }

    @Override
    public void start() {
        running = true;
        for (StreamConsumer<?> c : consumers) {
            EventSubscription<?> s = c.subscription();
            threads.add(Thread.ofPlatform().daemon().name("events-" + s.stream() + "-" + s.group() + "-" + c.name())
                    .start(() -> run(c)));
        }
    }

    private void run(StreamConsumer<?> c) {
        while (running) {
            try {
                c.poll();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // Redis or the store away: entries stay in the stream, pending ones are reclaimed later.
                log.warn("Consumer of {} in group {} failed a round: {}", c.subscription().stream(),
                        c.subscription().group(), e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 20;
    }
}
