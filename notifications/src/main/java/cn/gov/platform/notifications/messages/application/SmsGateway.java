package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.SendResult;
import java.util.function.BooleanSupplier;

/** Sends one SMS through whichever provider can take it; {@code messageId} is the provider-side idempotency key. */
public interface SmsGateway {

    /**
     * {@code stillOurs} is asked right before each provider call (after waiting for the provider's
     * rate): if the sender lost its lease meanwhile, nothing is sent ({@link SendResult.Abandoned}).
     */
    SendResult send(String messageId, Phone to, String text, BooleanSupplier stillOurs);
}
