package cn.gov.platform.support.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Runs the relays of the {@link OutboxSource}s and the consumers of the {@link EventSubscription}s
 * a service declares, with its dead letters in its own database and their replay at
 * {@code /api/<service>/dead-letters}.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@ConditionalOnClass(StringRedisTemplate.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(OutboxSource.class)
    @ConditionalOnProperty(name = "platform.events.relay.enabled", havingValue = "true", matchIfMissing = true)
    static class Relays {

        @Bean
        OutboxRelays outboxRelays(List<OutboxSource> sources, StringRedisTemplate redis, EventsProperties properties,
                MeterRegistry meters) {
            return new OutboxRelays(sources.stream()
                    .map(s -> new OutboxRelay(s, redis, properties.relay(), meters)).toList(), properties.relay());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventSubscription.class)
    static class Consumers {

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.data.mongodb.core.MongoTemplate")
        static class InTheStore {

            @Bean
            @ConditionalOnMissingBean
            DeadLetters deadLetters(MongoTemplate mongo) {
                return new MongoDeadLetters(mongo);
            }
        }

        /** Built whether or not this instance consumes, so that an administrator can replay on any instance. */
        @Bean
        StreamConsumers streamConsumers(List<EventSubscription<?>> subscriptions, StringRedisTemplate redis,
                DeadLetters deadLetters, EventsProperties properties, Clock clock, MeterRegistry meters,
                @Value("${HOSTNAME:}") String host, @Value("${spring.application.name:service}") String service) {
            String name = !properties.consumer().name().isBlank() ? properties.consumer().name()
                    : !host.isBlank() ? host : service + "-" + UUID.randomUUID().toString().substring(0, 8);
            int readers = properties.consumer().readers();
            return new StreamConsumers(subscriptions.stream().<StreamConsumer<?>>mapMulti((s, out) -> {
                for (int reader = 1; reader <= readers; reader++) {
                    out.accept(consumer(s, redis, deadLetters, properties, reader == 1 ? name : name + "-" + reader,
                            clock, meters));
                }
            }).toList());
        }

        private static <E extends cn.gov.platform.events.PlatformEvent> StreamConsumer<E> consumer(
                EventSubscription<E> s, StringRedisTemplate redis, DeadLetters deadLetters, EventsProperties p,
                String name, Clock clock, MeterRegistry meters) {
            return new StreamConsumer<>(s, redis, deadLetters, p.consumer(), name, clock, meters);
        }

        @Bean
        @ConditionalOnProperty(name = "platform.events.consumer.enabled", havingValue = "true", matchIfMissing = true)
        ConsumerLoops consumerLoops(StreamConsumers consumers) {
            return new ConsumerLoops(consumers.all());
        }

        @Bean
        DeadLetterReplay deadLetterReplay(DeadLetters letters, StreamConsumers consumers, Clock clock) {
            return new DeadLetterReplay(letters, consumers.all(), clock);
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        static class Web {

            @Bean
            DeadLetterController deadLetterController(DeadLetterReplay replay) {
                return new DeadLetterController(replay);
            }
        }
    }

    /** The consumers of the service's subscriptions ({@code readers} per subscription), running or not. */
    public record StreamConsumers(List<StreamConsumer<?>> all) {
    }
}
