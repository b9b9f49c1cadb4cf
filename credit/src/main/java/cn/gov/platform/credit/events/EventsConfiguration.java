package cn.gov.platform.credit.events;

import cn.gov.platform.events.credit.CreditEvents;
import cn.gov.platform.support.events.MongoOutboxStore;
import cn.gov.platform.support.events.OutboxHints;
import cn.gov.platform.support.events.OutboxSource;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox source {@code credit} (entries and petitions keep their events in their own documents;
 * support's event library relays them to {@code credit.events}), and dates stored as ISO text (the
 * embedded store and time zones agree on text).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class EventsConfiguration {

    /** The collections whose documents carry {@code outbox}, {@code outboxPending} and {@code version}. */
    static final List<String> COLLECTIONS = List.of("entries", "petitions");

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(LocalDateConverters.ToText.INSTANCE,
                LocalDateConverters.FromText.INSTANCE));
    }

    @Bean
    OutboxHints creditOutboxHints(StringRedisTemplate redis) {
        return OutboxHints.of(redis, "credit");
    }

    @Bean
    CreditOutboxHints outboxHints(OutboxHints hints) {
        return new CreditOutboxHints(hints);
    }

    @Bean
    OutboxSource creditOutbox(MongoTemplate mongo, OutboxHints hints, Clock clock) {
        return new OutboxSource(CreditEvents.STREAM, new MongoOutboxStore(mongo, COLLECTIONS, StoredEvents::fields, clock),
                hints);
    }
}
