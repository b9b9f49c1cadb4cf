package cn.gov.platform.notifications.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageStatusTest {

    private static final java.util.Map<MessageStatus, Set<MessageStatus>> ALLOWED = java.util.Map.of(
            MessageStatus.QUEUED, EnumSet.of(MessageStatus.SENDING),
            MessageStatus.SENDING, EnumSet.of(MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.FAILED,
                    MessageStatus.INBOX_ONLY, MessageStatus.DELIVERED),
            MessageStatus.SENT, EnumSet.of(MessageStatus.DELIVERED, MessageStatus.FAILED),
            MessageStatus.DELIVERED, EnumSet.noneOf(MessageStatus.class),
            MessageStatus.FAILED, EnumSet.noneOf(MessageStatus.class),
            MessageStatus.INBOX_ONLY, EnumSet.noneOf(MessageStatus.class));

    @ParameterizedTest
    @EnumSource(MessageStatus.class)
    void everyPairIsAllowedExactlyAsTheTableSays(MessageStatus from) {
        for (MessageStatus to : MessageStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
        assertThat(from.isFinal()).isEqualTo(ALLOWED.get(from).isEmpty());
    }
}
