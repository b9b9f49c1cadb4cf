package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.Departments;
import cn.gov.platform.intake.catalogue.application.ServiceItems;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue's ports and their adapters, wired in one place. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
public class CatalogueConfiguration {

    @Bean
    CachingServiceItems serviceItems(MongoTemplate mongo, CatalogueProperties properties, java.time.Clock clock) {
        return new CachingServiceItems(new MongoServiceItems(mongo), properties.cacheFor(), clock);
    }

    @Bean
    FeeCatalogue feeCatalogue(CatalogueProperties properties, JsonMapper json) {
        try (InputStream in = properties.fees().getInputStream()) {
            return new FeeCatalogue(json.readValue(in, new TypeReference<List<Fee>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    CatalogueService catalogueService(ServiceItems items, FeeCatalogue fees, MeterRegistry meters) {
        return new CatalogueService(items, fees, meters);
    }

    /** Departments named by code, as the current items name them. */
    @Bean
    Departments departments(ServiceItems items) {
        return new Departments(items);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.catalogue.seed-on-start", havingValue = "true", matchIfMissing = true)
    CatalogueSeed catalogueSeed(CachingServiceItems items, FeeCatalogue fees, CatalogueProperties properties,
            JsonMapper json, MeterRegistry meters) {
        return new CatalogueSeed(items, fees, properties.seed(), json, meters);
    }
}
