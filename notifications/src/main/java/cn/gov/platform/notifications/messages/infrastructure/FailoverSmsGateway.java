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
 * it counts as a success for the breaker and is not tried elsewhere. A request that went out
 * and got no answer (timeout) is not tried elsewhere either: the provider may have taken it, so
 * it is retried later, where the same idempotency key protects it (unless that provider's
 * breaker has opened meanwhile: then the next provider is used, the one case where a person
 * may get the same SMS twice).
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
    public SendResult send(String messageId, Phone to, String text, java.util.function.BooleanSupplier stillOurs) {
        SendResult.Refused last = new SendResult.Refused(FailureKind.TRANSIENT, "PROVIDERS_UNAVAILABLE");
        for (Slot slot : slots) {
            if (!slot.breaker().tryAcquirePermission()) {
                continue;
            }
            rate.acquire(slot.provider().name(), slot.provider().ratePerSecond());
            if (!stillOurs.getAsBoolean()) {
                slot.breaker().releasePermission();
                return new SendResult.Abandoned();
            }
            long start = System.nanoTime();
            SendResult result = slot.provider().send(messageId, to, text);
            long took = System.nanoTime() - start;
            if (result instanceof SendResult.Refused refused && refused.kind() == FailureKind.TRANSIENT) {
                slot.breaker().onError(took, TimeUnit.NANOSECONDS, new ProviderUnavailable(refused.reason()));
                if (refused.mayHaveBeenSent()) {
                    // It may be on its way through this provider: another provider now could make it two SMS.
                    return refused;
                }
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
