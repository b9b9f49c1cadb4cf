package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * A provider's delivery receipt moves a message SENT → DELIVERED or FAILED. Receipts repeat
 * (providers retry callbacks): the same receipt again changes nothing. A receipt for a message
 * the provider was never given, or from the wrong provider, is not found.
 */
public class Receipts {

    public enum Outcome {
        DELIVERED, FAILED
    }

    private final MessageStore store;
    private final Enqueue enqueue;
    private final Clock clock;
    private final MeterRegistry meters;

    public Receipts(MessageStore store, Enqueue enqueue, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.enqueue = enqueue;
        this.clock = clock;
        this.meters = meters;
    }

    public MessageStatus apply(String provider, String messageId, Outcome outcome, @Nullable String reason) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Message m = store.find(messageId).filter(x -> x.provider() == null || x.provider().equals(provider))
                    .filter(x -> x.status() != MessageStatus.QUEUED)
                    .orElseThrow(() -> DomainViolation.notFound("MESSAGE_NOT_FOUND", "没有这条消息。", "There is no such message."));
            MessageStatus target = outcome == Outcome.DELIVERED ? MessageStatus.DELIVERED : MessageStatus.FAILED;
            if (m.status() == target) {
                return target;
            }
            Message after = outcome == Outcome.DELIVERED ? m.delivered(clock.instant())
                    : m.failed("RECEIPT_" + (reason == null ? "UNDELIVERED" : reason), clock.instant());
            if (store.update(m, after)) {
                meters.counter("notifications.sms.receipts", "provider", provider, "outcome", target.name()).increment();
                if (target == MessageStatus.FAILED) {
                    meters.counter("notifications.sms.failed", "reason", "RECEIPT").increment();
                    enqueue.tellAgent(after);
                }
                return target;
            }
        }
        throw DomainViolation.conflict("MESSAGE_BUSY", "消息正在更新，请重试。", "The message is being updated; try again.");
    }
}
