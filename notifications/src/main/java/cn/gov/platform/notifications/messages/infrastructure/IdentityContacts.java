package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.domain.Phone;
import feign.FeignException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks identity for the phone number at send time, behind the {@code identity} circuit breaker.
 * 404 (no contact held) is an answer, not a failure: the person gets the inbox copy only. A
 * number that is not a mainland mobile number is treated the same way (nothing could deliver it).
 * Anything else (down, slow, open breaker) is "ask again later".
 */
class IdentityContacts implements Contacts {

    private static final Logger log = LoggerFactory.getLogger(IdentityContacts.class);

    private final IdentityClient client;
    private final CircuitBreaker breaker;

    IdentityContacts(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("identity");
    }

    @Override
    public Lookup phoneOf(String subject) {
        Optional<IdentityClient.Contact> contact;
        try {
            contact = breaker.run(() -> {
                try {
                    return Optional.of(client.contact(subject));
                } catch (FeignException.NotFound notFound) {
                    return Optional.<IdentityClient.Contact>empty();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Phone lookup at identity failed: {}", e.getClass().getSimpleName());
            return new Unavailable("IDENTITY_UNAVAILABLE");
        }
        if (contact.isEmpty() || contact.get().phone() == null || contact.get().phone().isBlank()) {
            return new NoPhone("NO_PHONE");
        }
        String digits = contact.get().phone().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return Phone.isValid(digits) ? new Found(new Phone(digits)) : new NoPhone("INVALID_NUMBER");
    }
}
