package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;
import cn.gov.platform.notifications.messages.domain.SendResult;

/** Sends one SMS through whichever provider can take it; {@code messageId} is the provider-side idempotency key. */
public interface SmsGateway {

    SendResult send(String messageId, Phone to, String text);
}
