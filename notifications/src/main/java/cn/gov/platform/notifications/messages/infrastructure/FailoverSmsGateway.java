package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.SmsGateway;
import cn.gov.platform.notifications.messages.domain.FailureKind;
import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.SendResult;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The providers in order of preference, each behind its own Resilience4j circuit breaker and
 * its own rate. A transient failure (5xx, 429, a refused connection) counts against the
 * provider's breaker and the message goes to the next provider at once; an open breaker skips
 * its provider without calling it. A permanent refusal (invalid number) is the message's fault,
 * not the provider's: it counts as a success for the breaker and is not tried elsewhere.
 *
 * <p>A request that went out and got no answer (a timeout) may have been taken: that provider is
 * then the only one asked, now and on every later attempt (the message remembers it), with the
 * same idempotency key, until it answers. It confirms that it does not hold the message only by
 * answering the repeated request with something other than an acceptance (a provider that holds
 * the key answers with the acceptance it gave): then, and only then, the next provider is used.
 * While its breaker is open or it stays silent, the message waits; it is never sent through
 * another provider on a guess, so a person never gets the same SMS from two providers.
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
    public SendResult send(String messageId, Phone to, String text, @Nullable String uncertainAt,
            BooleanSupplier stillOurs) {
        List<Slot> order = new ArrayList<>(slots);
        Slot pinned = uncertainAt == null ? null
                : slots.stream().filter(s -> s.provider().name().equals(uncertainAt)).findFirst().orElse(null);
        if (pinned != null) {
            if (!pinned.breaker().tryAcquirePermission()) {
                return new SendResult.Refused(FailureKind.TRANSIENT, "UNCONFIRMED_AT_" + uncertainAt, uncertainAt);
            }
            SendResult result = attempt(pinned, messageId, to, text, stillOurs);
            if (!(result instanceof SendResult.Refused refused) || refused.kind() != FailureKind.TRANSIENT) {
                return result; // taken (the same key: no second SMS), abandoned, or refused for good
            }
            if (!confirmsNotHeld(refused)) {
                return new SendResult.Refused(FailureKind.TRANSIENT, "UNCONFIRMED_AT_" + uncertainAt, uncertainAt);
            }
            order.remove(pinned);
        }
        SendResult.Refused last = new SendResult.Refused(FailureKind.TRANSIENT, "PROVIDERS_UNAVAILABLE");
        for (Slot slot : order) {
            if (!slot.breaker().tryAcquirePermission()) {
                continue;
            }
            SendResult result = attempt(slot, messageId, to, text, stillOurs);
            if (result instanceof SendResult.Refused refused && refused.kind() == FailureKind.TRANSIENT
                    && !refused.mayHaveBeenSent()) {
                last = refused;
                continue;
            }
            // Taken, abandoned, refused for good, or possibly taken (no answer: nobody else may be asked).
            return result;
        }
        return last;
    }

    /**
     * Whether a provider's answer to a repeated request says that it does not hold the message: an
     * HTTP answer about the request itself (a provider that holds the key answers with its
     * acceptance). Silence, a refused connection and a refusal of our credentials say nothing.
     */
    static boolean confirmsNotHeld(SendResult.Refused refused) {
        return !refused.mayHaveBeenSent() && !"CONNECT_FAILED".equals(refused.reason())
                && !HttpSmsProvider.AUTH_REFUSED.equals(refused.reason());
    }

    /** One call with a permission already acquired from the slot's breaker, which learns the outcome. */
    private SendResult attempt(Slot slot, String messageId, Phone to, String text, BooleanSupplier stillOurs) {
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
        } else {
            slot.breaker().onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return result;
    }

    /** The named provider's breaker (tests force it open). */
    CircuitBreaker breakerOf(String provider) {
        return slots.stream().filter(s -> s.provider().name().equals(provider)).findFirst().orElseThrow().breaker();
    }

    /** What the breaker records for a transient failure. */
    static final class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
