package cn.gov.platform.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.application.Dispatcher;
import cn.gov.platform.notifications.messages.application.Enqueue;
import cn.gov.platform.notifications.messages.application.Leases;
import cn.gov.platform.notifications.messages.application.PerNumberThrottle;
import cn.gov.platform.notifications.messages.application.SmsGateway;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.notifications.messages.domain.Notice;
import cn.gov.platform.notifications.messages.domain.QuietHours;
import cn.gov.platform.notifications.messages.domain.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A second instance's dispatcher (four threads of it) races the service's own for one queue:
 * every message is still sent exactly once. The Redis lease decides, whatever the embedded
 * store's conditional updates do under contention.
 */
class DispatcherRaceIT extends NotificationsIT {

    @Autowired
    Leases leases;
    @Autowired
    Contacts contacts;
    @Autowired
    SmsGateway gateway;
    @Autowired
    PerNumberThrottle perNumber;
    @Autowired
    Enqueue enqueue;
    @Autowired
    MeterRegistry meters;

    @Test
    void twoInstancesRacingForTheSameQueueSendEveryMessageOnce() throws Exception {
        Dispatcher rival = new Dispatcher(messages, leases, contacts, gateway, perNumber, enqueue,
                new Dispatcher.Settings("rival-instance", Duration.ofSeconds(3), QuietHours.none(ZoneId.of("Asia/Shanghai")),
                        new RetryPolicy(3, Duration.ofMillis(300), 2, Duration.ofSeconds(1)), Duration.ofMillis(500)),
                Clock.systemUTC(), meters);
        List<String> ids = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(personWithPhone());
        }
        Instant until = Instant.now().plusSeconds(20);
        ExecutorService rivals = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            rivals.submit(() -> {
                while (Instant.now().isBefore(until) && !Thread.currentThread().isInterrupted()) {
                    rival.claimDue(4).forEach(rival::deliver);
                }
            });
        }
        for (Person p : people) {
            String eventId = UUID.randomUUID().toString();
            enqueue.enqueue(new Notice(eventId, "CaseAccepted", p.subject(), "case-accepted",
                    Map.of("caseRef", "640324-2026-0000042"), null, "640324-2026-0000042", "640324"));
            ids.add(Message.idOf(eventId, p.subject()));
        }

        for (int i = 0; i < ids.size(); i++) {
            awaitMessage(ids.get(i).substring(0, 36), people.get(i).subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        }
        rivals.shutdownNow();
        rivals.awaitTermination(5, TimeUnit.SECONDS);
        sleep(500);

        for (String id : ids) {
            Message m = messages.find(id).orElseThrow();
            // Every request is one recorded attempt (a timeout is retried, with the same key, at the
            // same provider); a message sent by both dispatchers would show more requests than attempts.
            assertThat(requestsFor(id)).as("provider requests for " + id).isEqualTo(m.attempts());
            assertThat(Math.min(requestsFor(PROVIDER_A, id), requestsFor(PROVIDER_B, id))).as("one provider only").isZero();
        }
    }
}
