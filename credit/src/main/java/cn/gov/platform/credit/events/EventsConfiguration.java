package cn.gov.platform.credit.events;

import cn.gov.platform.credit.CreditProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay, and dates stored as ISO text (the embedded store and time zones agree on text). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class EventsConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(LocalDateConverters.ToText.INSTANCE,
                LocalDateConverters.FromText.INSTANCE));
    }

    @Bean
    OutboxHints outboxHints(StringRedisTemplate redis) {
        return new OutboxHints(redis);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StringRedisTemplate redis, OutboxHints hints, CreditProperties p,
            Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, redis, hints, p.outbox().stream(), p.outbox().sweepEvery(), clock, meters);
    }
}
