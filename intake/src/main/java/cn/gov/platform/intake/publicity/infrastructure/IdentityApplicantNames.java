package cn.gov.platform.intake.publicity.infrastructure;

import cn.gov.platform.intake.publicity.application.ApplicantNames;
import cn.gov.platform.intake.publicity.domain.PublicName;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks identity for the applicant's kind and name behind the same Resilience4j breaker as the
 * other identity calls. Any failure, or an answer without kind or name, throws: the publication
 * is then retried (the event stays pending) rather than published with a wrong or empty name.
 */
class IdentityApplicantNames implements ApplicantNames {

    private final CreditSubjectClient client;
    private final CircuitBreaker breaker;

    IdentityApplicantNames(CreditSubjectClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("identity");
    }

    @Override
    public Applicant of(String subject) {
        CreditSubjectClient.CreditSubject answer = breaker.run(() -> client.creditSubject(subject), failure -> {
            throw new IllegalStateException("identity did not answer the credit subject: " + failure);
        });
        if (answer == null || answer.kind() == null || answer.name() == null || answer.name().isBlank()) {
            throw new IllegalStateException("identity answered a credit subject without kind or name");
        }
        return new Applicant(PublicName.Kind.valueOf(answer.kind()), answer.name());
    }
}
