package cn.gov.platform.notifications.inbound.infrastructure;

import cn.gov.platform.notifications.inbound.application.CaseFollowUp;
import feign.FeignException;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks intake behind the breaker {@code intake-follow-up}; 404 is an answer (no such case for this
 * phone), anything else {@link CaseFollowUp.Unavailable}.
 */
class IntakeCaseFollowUp implements CaseFollowUp {

    private final IntakeFollowUpClient client;
    private final CircuitBreaker breaker;

    IntakeCaseFollowUp(IntakeFollowUpClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("intake-follow-up");
    }

    @Override
    public Optional<Progress> forPhone(String number, String phone) {
        IntakeFollowUpClient.Progress p = breaker.run(() -> {
            try {
                return client.forPhone(new IntakeFollowUpClient.PhoneLookup(number, phone));
            } catch (FeignException.NotFound none) {
                return null;
            }
        }, failure -> {
            throw new Unavailable("intake did not answer the follow-up", failure);
        });
        if (p == null) {
            return Optional.empty();
        }
        if (p.number() == null || p.itemName() == null || p.state() == null || p.state().zh() == null
                || p.departmentName() == null) {
            throw new Unavailable("intake answered a follow-up without number, item, state or department", null);
        }
        return Optional.of(new Progress(p.number(), p.itemName(), p.state().zh(), p.submittedOn(), p.acceptedOn(),
                p.decidedOn(), p.dueOn(), p.departmentName()));
    }
}
