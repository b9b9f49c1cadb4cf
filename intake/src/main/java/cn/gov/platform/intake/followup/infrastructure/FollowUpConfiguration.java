package cn.gov.platform.intake.followup.infrastructure;

import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.followup.application.Applicants;
import cn.gov.platform.intake.followup.application.FollowUpService;
import cn.gov.platform.intake.followup.domain.Lockout;
import cn.gov.platform.intake.followup.domain.SuffixSeal;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.RetryLater;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Following a case without logging in: the sealed suffixes ({@code follow_up_keys}), the wrong tries in
 * Redis, identity behind its own breaker, and the consumer group {@code intake-follow-up} that seals the
 * applicant's suffix when a case is given its number. The group is created at the start of the stream,
 * so on its first start it also seals the cases numbered before this feature whose events are still in
 * the stream; a case that has none there stays unfollowable by suffix (the same 404; the page tells the
 * applicant to log in), and can still be followed by SMS once keyed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
@EnableFeignClients(clients = ApplicantClient.class)
public class FollowUpConfiguration {

    @Bean
    FollowUpService followUpService(MongoTemplate mongo, StringRedisTemplate redis, CaseQueries cases,
            CatalogueService catalogue, ApplicantClient client, CircuitBreakerFactory<?, ?> breakers,
            FollowUpProperties properties, MeterRegistry meters) {
        return new FollowUpService(new MongoFollowUpKeys(mongo), new RedisFailedTries(redis), cases, catalogue,
                new IdentityApplicants(client, breakers), new SuffixSeal(properties.key()),
                new Lockout(properties.maxFailures(), properties.window()), meters);
    }

    /**
     * The consumer group {@code intake-follow-up}: a case given its acceptance number (or its notice of
     * non-acceptance) gets its key; later events of the case catch up a key that was missed. Identity
     * not answering makes the event wait, never dead-lettered for it.
     */
    @Bean
    EventSubscription<IntakeEvent> followUpEvents(FollowUpService followUp) {
        return EventSubscription.of("intake-follow-up", CaseEvents.CONTRACT, e -> {
            boolean numbered = e.payload() instanceof IntakePayload.CaseAccepted
                    || e.payload() instanceof IntakePayload.CaseNotAccepted
                    || e.payload() instanceof IntakePayload.CaseApproved
                    || e.payload() instanceof IntakePayload.CaseRejected
                    || e.payload() instanceof IntakePayload.CaseClosed;
            String caseId = e.about().caseId();
            String number = e.about().caseNumber();
            String applicant = e.about().applicantSubject();
            if (!numbered || caseId == null || number == null || applicant == null) {
                return "IGNORED";
            }
            try {
                return followUp.register(caseId, number, applicant);
            } catch (Applicants.Unavailable identityDown) {
                throw new RetryLater(identityDown.getMessage(), identityDown);
            }
        });
    }
}
