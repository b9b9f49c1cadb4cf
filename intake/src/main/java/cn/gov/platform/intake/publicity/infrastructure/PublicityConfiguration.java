package cn.gov.platform.intake.publicity.infrastructure;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.publicity.application.ApplicantNames;
import cn.gov.platform.intake.publicity.application.Publications;
import cn.gov.platform.intake.publicity.application.PublicityService;
import cn.gov.platform.intake.supervision.application.CaseEventHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Result publicity: its store, the identity lookup of names, and its own consumer group
 * ({@code intake-publicity}) on the case events, so that an identity outage delays publication
 * (the record stays pending and is claimed again) without holding up supervision.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = CreditSubjectClient.class)
public class PublicityConfiguration {

    /** The events after which a case may be approved: its decision, and its closing (in case the first was missed). */
    private static final Set<String> TRIGGERS = Set.of("CaseApproved", "CaseClosed");

    @Bean
    Publications publications(MongoTemplate mongo) {
        return new MongoPublications(mongo);
    }

    @Bean
    ApplicantNames applicantNames(CreditSubjectClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityApplicantNames(client, breakers);
    }

    @Bean
    PublicityService publicityService(CaseQueries cases, Publications publications, ApplicantNames names, Clock clock,
            MeterRegistry meters) {
        return new PublicityService(cases, publications, names, clock, meters);
    }

    /** Publishes a case when it is approved (or closed, should the approval have been missed). */
    @Bean
    CaseEventHandler publicityHandler(PublicityService publicity) {
        return new CaseEventHandler() {
            @Override
            public String group() {
                return "intake-publicity";
            }

            @Override
            public boolean handle(Map<String, String> fields) {
                if (TRIGGERS.contains(fields.get("type")) && fields.get("caseId") != null) {
                    publicity.publish(fields.get("caseId"));
                }
                return true;
            }
        };
    }
}
