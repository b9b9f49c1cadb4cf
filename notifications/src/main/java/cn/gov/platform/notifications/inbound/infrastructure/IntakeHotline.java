package cn.gov.platform.notifications.inbound.infrastructure;

import cn.gov.platform.notifications.inbound.application.CaseFollowUp;
import cn.gov.platform.notifications.inbound.application.HotlineRatings;
import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.application.HotlineCallers;
import cn.gov.platform.notifications.messages.domain.Phone;
import feign.FeignException;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Intake's 12345 hotline behind the breaker {@code intake-hotline}: a caller's rating by digit, and the
 * number a caller's answer goes to. 404 is an answer (nothing to rate; no phone for the ticket).
 */
class IntakeHotline implements HotlineRatings, HotlineCallers {

    private final IntakeHotlineClient client;
    private final CircuitBreaker breaker;

    IntakeHotline(IntakeHotlineClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("intake-hotline");
    }

    @Override
    public Optional<Rated> rate(String phone, int score) {
        IntakeHotlineClient.Rated r = breaker.run(() -> {
            try {
                return client.rate(new IntakeHotlineClient.PhoneRating(phone, score));
            } catch (FeignException.NotFound | FeignException.Conflict nothingToRate) {
                return null;
            }
        }, failure -> {
            throw new CaseFollowUp.Unavailable("intake did not record the hotline rating", failure);
        });
        return r == null || r.ticketId() == null ? Optional.empty() : Optional.of(new Rated(r.ticketId(), score));
    }

    @Override
    public Contacts.Lookup phoneOf(String ticketId) {
        try {
            IntakeHotlineClient.CallerPhone p = breaker.run(() -> {
                try {
                    return client.callerPhone(new IntakeHotlineClient.PhoneRequest(ticketId));
                } catch (FeignException.NotFound none) {
                    return new IntakeHotlineClient.CallerPhone(null);
                }
            });
            return p.phone() != null && Phone.isValid(p.phone()) ? new Contacts.Found(new Phone(p.phone()))
                    : new Contacts.NoPhone("HOTLINE_CALLER_UNKNOWN");
        } catch (RuntimeException intakeDown) {
            return new Contacts.Unavailable("INTAKE_UNAVAILABLE");
        }
    }
}
