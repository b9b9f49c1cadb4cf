package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.issuance.application.IssuanceService;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Issuance's ports and adapters; the registry adapter is also the cases' CertificateReferences. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssuanceProperties.class)
@EnableFeignClients(clients = {CertificatesClient.class, HoldersClient.class})
public class IssuanceConfiguration {

    @Bean
    RegistryAdapter certificateRegistry(CertificatesClient certificates, HoldersClient identity,
            CircuitBreakerFactory<?, ?> breakers, JsonMapper json) {
        return new RegistryAdapter(certificates, identity, breakers, json);
    }

    @Bean
    MongoIssuanceStore issuanceStore(MongoTemplate mongo) {
        return new MongoIssuanceStore(mongo);
    }

    @Bean
    IssuanceService issuanceService(CaseQueries cases, CatalogueService catalogue, MongoIssuanceStore store,
            RegistryAdapter registry, Clock clock, MeterRegistry meters) {
        return new IssuanceService(cases, catalogue, store, registry, registry, clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.certificates.enabled", havingValue = "true", matchIfMissing = true)
    IssuanceWorker issuanceWorker(StringRedisTemplate redis, IssuanceService issuance, IssuanceProperties properties,
            @Value("${platform.intake.outbox.stream:intake.case-events}") String stream,
            @Value("${HOSTNAME:}") String host, Clock clock, MeterRegistry meters) {
        // The pod name in a cluster; host and process id on a machine running several instances.
        String consumer = host.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : host;
        ApprovalEvents events = new ApprovalEvents(redis, issuance, stream, properties.group(), consumer,
                properties.reclaimAfter(), meters);
        return new IssuanceWorker(events, issuance, properties.reclaimAfter().dividedBy(2), clock);
    }
}
