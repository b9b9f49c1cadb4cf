package cn.gov.platform.notifications.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    private static Message queued(String agent) {
        return Message.queued("evt-1", "CaseAccepted", "principal", agent, "640324-2026-0000001", "640324", "case-accepted", 1,
                "受理", false, null, NOW);
    }

    @Test
    void theIdIsTheEventAndTheRecipientSoASecondCopyCannotExist() {
        assertThat(queued(null).id()).isEqualTo("evt-1:principal").isEqualTo(Message.idOf("evt-1", "principal"));
    }

    @Test
    void claimSendAndDeliverEachMoveOneVersionOn() {
        Message claimed = queued(null).claim("me", NOW.plusSeconds(30), NOW);
        assertThat(claimed.status()).isEqualTo(MessageStatus.SENDING);
        assertThat(claimed.leaseOwner()).isEqualTo("me");
        Message sent = claimed.sent("A", "A-1", NOW);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.leaseOwner()).isNull();
        Message delivered = sent.delivered(NOW);
        assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(delivered.version()).isEqualTo(3);
    }

    @Test
    void aDeferralIsNotAnAttemptButARetryIs() {
        Message deferred = queued(null).claim("me", NOW, NOW).defer(NOW.plus(Duration.ofHours(8)), "QUIET_HOURS", NOW);
        assertThat(deferred.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(deferred.attempts()).isZero();
        assertThat(deferred.deferrals()).isEqualTo(1);
        assertThat(deferred.notBefore()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        Message retried = deferred.claim("me", NOW, NOW).retryAt(NOW.plusSeconds(5), "HTTP_503", NOW);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.failure()).isEqualTo("HTTP_503");
    }

    @Test
    void aQueuedMessageCannotBeMarkedSentWithoutBeingClaimed() {
        assertThatThrownBy(() -> queued(null).sent("A", "A-1", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aFailedMessageTakesNoMoreReceipts() {
        Message failed = queued(null).claim("me", NOW, NOW).failed("INVALID_NUMBER", NOW);
        assertThatThrownBy(() -> failed.delivered(NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("MESSAGE_STATE_CONFLICT");
    }

    @Test
    void theAgentIsToldOnlyWhenThePrincipalOfAnAgentFiledCaseCannotBeReached() {
        Message withAgent = queued("agent").claim("me", NOW, NOW);
        assertThat(withAgent.failed("INVALID_NUMBER", NOW).needsAgentFallback()).isTrue();
        assertThat(withAgent.inboxOnly("NO_PHONE", NOW).needsAgentFallback()).isTrue();
        assertThat(withAgent.sent("A", "1", NOW).needsAgentFallback()).isFalse();
        assertThat(queued(null).claim("me", NOW, NOW).failed("X", NOW).needsAgentFallback()).isFalse();
        Message fallback = Message.queued("evt-1", "CaseAccepted", "agent", "someone", null, null, "principal-unreachable", 1,
                "t", false, "evt-1:principal", NOW).claim("me", NOW, NOW).failed("X", NOW);
        assertThat(fallback.needsAgentFallback()).as("a fallback never falls back again").isFalse();
    }

    @Test
    void purgingRemovesOnlyTheText() {
        Message purged = queued(null).claim("me", NOW, NOW).sent("A", "1", NOW).purged();
        assertThat(purged.text()).isNull();
        assertThat(purged.status()).isEqualTo(MessageStatus.SENT);
        assertThat(purged.templateCode()).isEqualTo("case-accepted");
    }
}
