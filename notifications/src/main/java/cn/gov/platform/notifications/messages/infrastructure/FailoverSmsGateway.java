package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.SmsGateway;
import cn.gov.platform.notifications.messages.domain.FailureKind;
import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.SendResult;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The providers in order of preference, each behind its own Resilience4j circuit breaker and
 * its own rate. A transient failure (no answer, 5xx, 429) counts against the provider's breaker
 * and the message goes to the next provider at once; an open breaker skips its provider without
 * calling it. A permanent refusal (invalid number) is the message's fault, not the provider's:
 * it counts as a success for the breaker and is not tried elsewhere.
 */
class FailoverSmsGateway implements SmsGateway {

    record Slot(HttpSmsProvider provider, CircuitBreaker breaker) {
    }

    private final List<Slot> slots;
    private final RedisProviderRate rate;

    FailoverSmsGateway(List<Slot> slots, RedisProviderRate rate) {
        this.slots = List.copyOf(slots);
        this.rate = rate;
    }

    @Override
    public SendResult send(String messageId, Phone to, String text) {
        SendResult.Refused last = new SendResult.Refused(FailureKind.TRANSIENT, "PROVIDERS_UNAVAILABLE");
        for (Slot slot : slots) {
            if (!slot.breaker().tryAcquirePermission()) {
                continue;
            }
            rate.acquire(slot.provider().name(), slot.provider().ratePerSecond());
            long start = System.nanoTime();
            SendResult result = slot.provider().send(messageId, to, text);
            long took = System.nanoTime() - start;
            if (result instanceof SendResult.Refused refused && refused.kind() == FailureKind.TRANSIENT) {
                slot.breaker().onError(took, TimeUnit.NANOSECONDS, new ProviderUnavailable(refused.reason()));
                last = refused;
                continue;
            }
            slot.breaker().onSuccess(took, TimeUnit.NANOSECONDS);
            return result;
        }
        return last;
    }

    /** What the breaker records for a transient failure. */
    static final class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
