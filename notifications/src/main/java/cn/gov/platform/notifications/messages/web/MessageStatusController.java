package cn.gov.platform.notifications.messages.web;

import cn.gov.platform.notifications.messages.application.MessageQueries;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.support.web.Caller;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a message stands, and every message of one event. The recipient also sees the text. */
@RestController
class MessageStatusController {

    private final MessageQueries queries;

    MessageStatusController(MessageQueries queries) {
        this.queries = queries;
    }

    record MessageView(String id, String eventId, String eventType, String recipientSubject, String templateCode,
            int templateVersion, String status, int attempts, int deferrals, Instant notBefore, Instant createdAt,
            Instant updatedAt, @Nullable String provider, @Nullable String failure, @Nullable String caseRef,
            @Nullable String fallbackFor, @Nullable String text) {

        static MessageView of(MessageQueries.View v) {
            Message m = v.message();
            return new MessageView(m.id(), m.eventId(), m.eventType(), m.recipientSubject(), m.templateCode(),
                    m.templateVersion(), m.status().name(), m.attempts(), m.deferrals(), m.notBefore(), m.createdAt(),
                    m.updatedAt(), m.provider(), m.failure(), m.caseRef(), m.fallbackFor(), v.showText() ? m.text() : null);
        }
    }

    record EventView(String eventId, List<MessageView> messages) {
    }

    @GetMapping("/api/notifications/messages/{id}")
    MessageView message(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return MessageView.of(queries.message(id, viewer(jwt)));
    }

    @GetMapping("/api/notifications/events/{eventId}/messages")
    EventView event(@PathVariable String eventId, @AuthenticationPrincipal Jwt jwt) {
        return new EventView(eventId, queries.event(eventId, viewer(jwt)).stream().map(MessageView::of).toList());
    }

    private static MessageQueries.Viewer viewer(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new MessageQueries.Viewer(caller.subject(), caller.roles(), caller.division());
    }
}
