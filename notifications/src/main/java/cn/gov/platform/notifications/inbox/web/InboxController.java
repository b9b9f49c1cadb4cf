package cn.gov.platform.notifications.inbox.web;

import cn.gov.platform.notifications.inbox.application.InboxEntry;
import cn.gov.platform.notifications.inbox.application.InboxService;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox, newest first; nobody reads or marks another person's messages. */
@RestController
@RequestMapping("/api/notifications/inbox")
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    record InboxMessage(String id, String templateCode, String text, boolean read, Instant createdAt) {
        static InboxMessage of(InboxEntry e) {
            return new InboxMessage(e.id(), e.templateCode(), e.text(), e.read(), e.createdAt());
        }
    }

    record Inbox(List<InboxMessage> messages, long unread) {
    }

    @GetMapping
    Inbox inbox(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        InboxService.Page page = inbox.page(jwt.getSubject(), unreadOnly);
        return new Inbox(page.messages().stream().map(InboxMessage::of).toList(), page.unread());
    }

    @GetMapping("/unread-count")
    Map<String, Long> unread(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("unread", inbox.unread(jwt.getSubject()));
    }

    @PostMapping("/{id}/read")
    @ApiResponse(responseCode = "204", description = "Marked read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        inbox.markRead(jwt.getSubject(), id);
        return ResponseEntity.noContent().build();
    }
}
