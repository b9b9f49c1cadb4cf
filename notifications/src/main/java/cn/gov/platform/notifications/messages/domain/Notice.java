package cn.gov.platform.notifications.messages.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one event means for one person: which template, with which values. The phone number is
 * not here and never is: it is looked up when the message is sent.
 *
 * @param agentSubject the agent of an agent-filed case, told if the recipient cannot be reached
 * @param caseRef      the case number (or id) the message is about, for the status API
 */
public record Notice(String eventId, String eventType, String recipientSubject, String templateCode,
        Map<String, String> variables, @Nullable String agentSubject, @Nullable String caseRef,
        @Nullable String division) {

    public Notice {
        variables = Map.copyOf(variables);
    }
}
