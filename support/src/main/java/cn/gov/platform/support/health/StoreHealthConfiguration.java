package cn.gov.platform.support.health;

import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's own database answers a {@code ping}. Boot's indicator lists every database on
 * the server instead, which the embedded store answers by walking all stored data: seconds on a
 * filled store, so {@code /actuator/health} timed out. Registered as {@code mongo}, it replaces
 * Boot's indicator (turned off with {@code management.health.mongodb.enabled=false}).
 */
@AutoConfiguration
@ConditionalOnClass({MongoTemplate.class, HealthIndicator.class})
public class StoreHealthConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoTemplate.class)
    HealthIndicator storeHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.getDb().runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", mongo.getDb().getName()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
