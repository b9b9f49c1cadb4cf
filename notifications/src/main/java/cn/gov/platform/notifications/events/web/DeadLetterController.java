package cn.gov.platform.notifications.events.web;

import cn.gov.platform.notifications.events.application.DeadLetter;
import cn.gov.platform.notifications.events.application.DeadLetterReplay;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events that could not be handled, and their replay once the cause is fixed. Admin only. */
@RestController
@RequestMapping("/api/notifications/dead-letters")
@PreAuthorize("hasRole('admin')")
class DeadLetterController {

    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    /** The event's fields are shown as they came: they carry subjects and case data, never a phone number. */
    record DeadLetterView(String id, String stream, String entryId, @Nullable String eventId, @Nullable String type,
            Map<String, String> fields, long deliveries, @Nullable String lastError, Instant deadAt,
            @Nullable Instant replayedAt, @Nullable String replayedBy, @Nullable String replayOutcome) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.stream(), d.entryId(), d.eventId(), d.type(), d.fields(), d.deliveries(),
                    d.lastError(), d.deadAt(), d.replayedAt(), d.replayedBy(), d.replayOutcome());
        }
    }

    @GetMapping
    List<DeadLetterView> list() {
        return replay.list().stream().map(DeadLetterView::of).toList();
    }

    /** Idempotent: messages are keyed by event and recipient, so replaying twice sends nothing twice. */
    @PostMapping("/{id}/replay")
    DeadLetterView replay(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return DeadLetterView.of(replay.replay(id, jwt.getSubject()));
    }
}
