package cn.gov.platform.intake.publicity.infrastructure;

import cn.gov.platform.intake.publicity.application.ApplicantNames;
import cn.gov.platform.intake.publicity.domain.PublicName;
import feign.FeignException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks identity for the applicant's kind and name behind its own Resilience4j breaker
 * ({@code identity-names}). A 404 means identity does not know the subject: nothing is published.
 * Any other failure throws {@link ApplicantNames.Unavailable} (the event waits and is handled
 * again), an answer without kind or name throws too (the event is retried, then dead-lettered):
 * never published with a wrong or empty name.
 */
class IdentityApplicantNames implements ApplicantNames {

    private static final Logger log = LoggerFactory.getLogger(IdentityApplicantNames.class);
    private final CreditSubjectClient client;
    private final CircuitBreaker breaker;

    IdentityApplicantNames(CreditSubjectClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        // Its own breaker: publication lookups failing must not block identity's staff and mandate checks.
        this.breaker = breakers.create("identity-names");
    }

    @Override
    public Optional<Applicant> of(String subject) {
        CreditSubjectClient.CreditSubject answer = breaker.run(() -> {
            try {
                return client.creditSubject(subject);
            } catch (FeignException.NotFound unknown) {
                return null; // an answer, not a failure: it must not open the breaker
            }
        }, failure -> {
            throw new Unavailable("identity did not answer the credit subject: " + failure);
        });
        if (answer == null) {
            log.warn("Identity does not know the applicant of an approved case; it is not published");
            return Optional.empty();
        }
        if (answer.kind() == null || answer.name() == null || answer.name().isBlank()) {
            throw new IllegalStateException("identity answered a credit subject without kind or name");
        }
        return Optional.of(new Applicant(PublicName.Kind.valueOf(answer.kind()), answer.name()));
    }
}
