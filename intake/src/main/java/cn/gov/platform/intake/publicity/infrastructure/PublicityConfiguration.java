package cn.gov.platform.intake.publicity.infrastructure;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.publicity.application.ApplicantNames;
import cn.gov.platform.intake.publicity.application.Publications;
import cn.gov.platform.intake.publicity.application.PublicityService;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.RetryLater;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
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

    /**
     * The consumer group {@code intake-publicity}: publishes a case when it is approved (or closed,
     * should the approval have been missed). Identity not answering makes the event wait (it is
     * handled again after the idle time and never dead-lettered for it), without holding up supervision.
     */
    @Bean
    EventSubscription<IntakeEvent> publicityEvents(PublicityService publicity) {
        return EventSubscription.of("intake-publicity", CaseEvents.CONTRACT, e -> {
            boolean trigger = e.payload() instanceof IntakePayload.CaseApproved
                    || e.payload() instanceof IntakePayload.CaseClosed;
            if (!trigger || e.about().caseId() == null) {
                return "IGNORED";
            }
            try {
                return publicity.publish(e.about().caseId()) ? "PUBLISHED" : "NOT_PUBLISHED";
            } catch (ApplicantNames.Unavailable identityDown) {
                throw new RetryLater(identityDown.getMessage(), identityDown);
            }
        });
    }
}
