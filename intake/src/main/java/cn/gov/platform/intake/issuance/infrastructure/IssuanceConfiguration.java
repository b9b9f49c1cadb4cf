package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.issuance.application.IssuanceService;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.support.events.EventSubscription;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Issuance's ports and adapters; the registry adapter is also the cases' CertificateReferences. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssuanceProperties.class)
@EnableFeignClients(clients = {CertificatesClient.class, HoldersClient.class})
public class IssuanceConfiguration {

    @Bean
    RegistryAdapter certificateRegistry(CertificatesClient certificates, HoldersClient identity,
            CircuitBreakerFactory<?, ?> breakers, JsonMapper json, IssuanceProperties properties) {
        return new RegistryAdapter(certificates, identity, breakers, json, properties.nationalTypes());
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

    /**
     * The consumer group {@code intake-issuance}: {@code CaseApproved} opens the case's issuance
     * (idempotently: a redelivery finds it open), every other type is ignored.
     */
    @Bean
    @ConditionalOnProperty(name = "platform.intake.certificates.enabled", havingValue = "true", matchIfMissing = true)
    EventSubscription<IntakeEvent> approvalsToIssue(IssuanceService issuance, IssuanceProperties properties) {
        return EventSubscription.of(properties.group(), CaseEvents.CONTRACT, e -> {
            if (e.payload() instanceof IntakePayload.CaseApproved && e.about().caseId() != null) {
                issuance.onApproved(e.about().caseId());
                return "OPENED";
            }
            return "IGNORED";
        });
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.certificates.enabled", havingValue = "true", matchIfMissing = true)
    IssuanceWorker issuanceWorker(IssuanceService issuance) {
        return new IssuanceWorker(issuance);
    }
}
