package cn.gov.platform.notifications.events.infrastructure;

import cn.gov.platform.events.EventStream;
import cn.gov.platform.events.PlatformEvent;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.events.certificates.CertificateEvents;
import cn.gov.platform.events.credit.CreditEvent;
import cn.gov.platform.events.credit.CreditEvents;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.events.application.EventIntake;
import cn.gov.platform.notifications.events.domain.EventRouting;
import cn.gov.platform.notifications.messages.application.Enqueue;
import cn.gov.platform.support.events.EventHandler;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.Handled;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer group {@code notifications} on the three streams that tell people something
 * (support's event library reads them, reclaims, dead-letters and replays), and the routing.
 */
@Configuration(proxyBeanMethods = false)
public class EventsConfiguration {

    @Bean
    EventIntake eventIntake(Enqueue enqueue, MeterRegistry meters) {
        return new EventIntake(new EventRouting(), enqueue, meters);
    }

    @Bean
    EventSubscription<IntakeEvent> caseEventsToNotify(EventIntake intake, NotificationsProperties properties) {
        return subscription(CaseEvents.CONTRACT, intake, properties);
    }

    @Bean
    EventSubscription<CertificateEvent> certificateEventsToNotify(EventIntake intake,
            NotificationsProperties properties) {
        return subscription(CertificateEvents.CONTRACT, intake, properties);
    }

    @Bean
    EventSubscription<CreditEvent> creditEventsToNotify(EventIntake intake, NotificationsProperties properties) {
        return subscription(CreditEvents.CONTRACT, intake, properties);
    }

    private static <E extends PlatformEvent> EventSubscription<E> subscription(EventStream<E> contract,
            EventIntake intake, NotificationsProperties properties) {
        return EventSubscription.of(properties.events().group(), contract, new Notify<>(contract.name(), intake));
    }

    /**
     * Routes and renders every event of a batch on its own (one that cannot be rendered stays
     * pending alone), then stores the batch's messages at once; if the store fails, the whole batch
     * stays pending and comes back (a redelivery adds nothing: messages are keyed by event and recipient).
     */
    record Notify<E extends PlatformEvent>(String stream, EventIntake intake) implements EventHandler<E> {

        @Override
        public String handle(E event) {
            return intake.handle(stream, event).name();
        }

        @Override
        public List<Handled> handleAll(List<E> events) {
            List<Handled> results = new ArrayList<>(events.size());
            List<EventIntake.Prepared> prepared = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (E e : events) {
                try {
                    prepared.add(intake.prepare(stream, e));
                    at.add(results.size());
                    results.add(null);
                } catch (RuntimeException cannotRender) {
                    results.add(new Handled.Failed(cannotRender));
                }
            }
            if (!prepared.isEmpty()) {
                List<EventIntake.Outcome> outcomes = intake.commit(prepared);
                for (int i = 0; i < outcomes.size(); i++) {
                    results.set(at.get(i), new Handled.Done(outcomes.get(i).name()));
                }
            }
            return results;
        }
    }
}
