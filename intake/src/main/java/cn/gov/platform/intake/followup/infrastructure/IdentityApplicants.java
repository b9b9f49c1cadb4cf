package cn.gov.platform.intake.followup.infrastructure;

import cn.gov.platform.intake.followup.application.Applicants;
import feign.FeignException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks identity behind the follow-up's own breaker ({@code identity-follow-up}): a 404 is an answer
 * (identity does not know the subject), any other failure is {@link Applicants.Unavailable}.
 */
class IdentityApplicants implements Applicants {

    private final ApplicantClient client;
    private final CircuitBreaker breaker;

    IdentityApplicants(ApplicantClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("identity-follow-up");
    }

    @Override
    public Optional<String> idNumberOf(String subject) {
        ApplicantClient.CreditSubject s = ask(() -> client.creditSubject(subject));
        if (s == null || !"NATURAL_PERSON".equals(s.kind()) || s.idNumber() == null || s.idNumber().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(s.idNumber());
    }

    @Override
    public Optional<String> phoneOf(String subject) {
        ApplicantClient.Contact c = ask(() -> client.contact(subject));
        return c == null || c.phone() == null || c.phone().isBlank() ? Optional.empty()
                : Optional.of(c.phone().replaceAll("[\\s-]", ""));
    }

    private <T> @Nullable T ask(Supplier<T> call) {
        return breaker.run(() -> {
            try {
                return call.get();
            } catch (FeignException.NotFound unknown) {
                return null; // an answer, not a failure: it must not open the breaker
            }
        }, failure -> {
            throw new Unavailable("identity did not answer for the follow-up", failure);
        });
    }
}
