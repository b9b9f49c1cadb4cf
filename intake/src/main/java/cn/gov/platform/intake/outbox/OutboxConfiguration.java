package cn.gov.platform.intake.outbox;

import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.support.events.MongoOutboxStore;
import cn.gov.platform.support.events.OutboxHints;
import cn.gov.platform.support.events.OutboxSource;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One outbox source, {@code intake}, over every collection whose documents keep events: one relay
 * at a time across instances sends them to {@code intake.case-events}, each document's in order.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    /** The collections whose documents carry {@code outbox}, {@code outboxPending} and {@code version}. */
    static final List<String> COLLECTIONS = List.of("cases", "ratings", "complaints", "supervision_warnings",
            "petitions", "hotline_tickets", "payment_notices");

    /** Written to after every save that may have recorded events; wakes this instance's relay. */
    @Bean
    OutboxHints outboxHints(StringRedisTemplate redis) {
        return OutboxHints.of(redis, "intake");
    }

    /** Supervision's port for the same hints (ratings, complaints and warnings name their collection). */
    @Bean
    cn.gov.platform.intake.supervision.application.OutboxHints supervisionOutboxHints(OutboxHints hints) {
        return (collection, id) -> hints.pending(MongoOutboxStore.key(collection, id));
    }

    @Bean
    OutboxSource intakeOutbox(MongoTemplate mongo, OutboxHints hints, Clock clock) {
        return new OutboxSource(CaseEvents.STREAM, new MongoOutboxStore(mongo, COLLECTIONS, StoredEvents::fields, clock),
                hints);
    }
}
