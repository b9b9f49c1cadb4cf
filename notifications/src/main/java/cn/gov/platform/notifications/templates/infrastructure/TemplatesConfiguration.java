package cn.gov.platform.notifications.templates.infrastructure;

import cn.gov.platform.notifications.templates.application.TemplateCatalogue;
import cn.gov.platform.notifications.templates.application.TemplateService;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The template feature's port, adapter and seed. */
@Configuration(proxyBeanMethods = false)
public class TemplatesConfiguration {

    @Bean
    TemplateCatalogue templateCatalogue(MongoTemplate mongo) {
        return new MongoTemplateCatalogue(mongo);
    }

    @Bean
    TemplateService templateService(TemplateCatalogue catalogue, Clock clock) {
        return new TemplateService(catalogue, clock);
    }

    /** Seeds before the consumers start reading events (they need approved templates). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner templateSeed(TemplateCatalogue catalogue, JsonMapper json, Clock clock,
            @Value("${notifications.templates.seed:classpath:templates/seed.json}") Resource seed) {
        return args -> new TemplateSeed(catalogue, seed, json, clock).run();
    }
}
