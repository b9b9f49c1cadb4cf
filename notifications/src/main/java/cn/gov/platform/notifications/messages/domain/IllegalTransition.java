package cn.gov.platform.notifications.messages.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.util.List;

/** A move the state table does not allow, e.g. a receipt for a message already failed. */
public final class IllegalTransition extends DomainViolation {

    public IllegalTransition(MessageStatus from, MessageStatus to) {
        super(Kind.STATE_CONFLICT, "MESSAGE_STATE_CONFLICT",
                Message.of("消息状态为 " + from + "，不能变为 " + to + "。",
                        "The message is " + from + " and cannot become " + to + "."), "status", List.of());
    }
}
