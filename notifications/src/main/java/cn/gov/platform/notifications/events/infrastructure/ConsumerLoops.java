package cn.gov.platform.notifications.events.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** One thread per stream, polling its consumer until the service stops. */
class ConsumerLoops implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoops.class);

    private final List<StreamConsumer> consumers;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ConsumerLoops(List<StreamConsumer> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    @Override
    public void start() {
        running = true;
        for (StreamConsumer c : consumers) {
            threads.add(Thread.ofPlatform().daemon().name("consumer-" + c.stream()).start(() -> run(c)));
        }
    }

    private void run(StreamConsumer c) {
        boolean grouped = false;
        while (running) {
            try {
                if (!grouped) {
                    c.ensureGroup();
                    grouped = true;
                }
                c.poll();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // Redis or the store away: entries stay in the stream, pending ones are reclaimed later.
                log.warn("Consumer of {} failed a round: {}", c.stream(), e.toString());
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
