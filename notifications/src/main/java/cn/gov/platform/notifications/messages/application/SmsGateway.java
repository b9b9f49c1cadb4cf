package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.SendResult;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/** Sends one SMS through whichever provider can take it; {@code messageId} is the provider-side idempotency key. */
public interface SmsGateway {

    /**
     * {@code stillOurs} is asked right before each provider call (after waiting for the provider's
     * rate): if the sender lost its lease meanwhile, nothing is sent ({@link SendResult.Abandoned}).
     * {@code uncertainAt}: the provider an earlier attempt got no answer from; it is asked first and
     * the others only if it answers that it does not hold the message.
     */
    SendResult send(String messageId, Phone to, String text, @Nullable String uncertainAt, BooleanSupplier stillOurs);
}
