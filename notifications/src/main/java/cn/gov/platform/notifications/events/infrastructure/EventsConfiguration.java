package cn.gov.platform.notifications.events.infrastructure;

import cn.gov.platform.notifications.config.NotificationsProperties;
import cn.gov.platform.notifications.events.application.DeadLetterReplay;
import cn.gov.platform.notifications.events.application.DeadLetters;
import cn.gov.platform.notifications.events.application.EventIntake;
import cn.gov.platform.notifications.events.domain.EventRouting;
import cn.gov.platform.notifications.messages.application.Enqueue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event feature's consumers, routing and dead letters. */
@Configuration(proxyBeanMethods = false)
public class EventsConfiguration {

    @Bean
    EventIntake eventIntake(Enqueue enqueue, MeterRegistry meters) {
        return new EventIntake(new EventRouting(), enqueue, meters);
    }

    @Bean
    DeadLetters deadLetters(MongoTemplate mongo) {
        return new MongoDeadLetters(mongo);
    }

    /** An event's {@code payload} field: a JSON object of strings; anything else reads as empty. */
    @Bean
    Function<String, Map<String, String>> payloadParser(JsonMapper json) {
        return raw -> {
            Map<String, String> values = new LinkedHashMap<>();
            if (raw == null || raw.isBlank()) {
                return values;
            }
            try {
                JsonNode node = json.readTree(raw);
                node.properties().forEach(p -> values.put(p.getKey(),
                        p.getValue().isValueNode() ? p.getValue().asString() : p.getValue().toString()));
            } catch (RuntimeException malformed) {
                // Routing then lacks the payload's variables and rendering refuses, which dead-letters the event.
            }
            return values;
        };
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetters letters, EventIntake intake,
            Function<String, Map<String, String>> payloadParser, Clock clock) {
        return new DeadLetterReplay(letters, intake, payloadParser, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "notifications.events.enabled", havingValue = "true", matchIfMissing = true)
    ConsumerLoops consumerLoops(NotificationsProperties properties, StringRedisTemplate redis, EventIntake intake,
            DeadLetters letters, Function<String, Map<String, String>> payloadParser, Clock clock, MeterRegistry meters) {
        NotificationsProperties.Events config = properties.events();
        String consumer = "notifications-" + UUID.randomUUID();
        List<StreamConsumer> consumers = config.streams().stream().map(stream -> new StreamConsumer(stream, redis, intake,
                letters, payloadParser, config, consumer, clock, meters)).toList();
        return new ConsumerLoops(consumers);
    }
}
