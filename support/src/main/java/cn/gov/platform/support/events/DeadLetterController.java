package cn.gov.platform.support.events;

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

/** The service's dead letters and their replay once the cause is fixed. Administrators only. */
@RestController
@RequestMapping("/api/${platform.service-path}/dead-letters")
@PreAuthorize("hasRole('admin')")
class DeadLetterController {

    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    /** The event's fields as they came: subjects and case data, never a phone or identity number. */
    record DeadLetterView(String id, String stream, @Nullable String group, String entryId, @Nullable String eventId,
            @Nullable String type, Map<String, String> fields, long deliveries, @Nullable String lastError,
            Instant deadAt, @Nullable Instant replayedAt, @Nullable String replayedBy, @Nullable String replayOutcome) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.stream(), d.group(), d.entryId(), d.eventId(), d.type(), d.fields(),
                    d.deliveries(), d.lastError(), d.deadAt(), d.replayedAt(), d.replayedBy(), d.replayOutcome());
        }
    }

    /** The newest hundred. */
    @GetMapping
    List<DeadLetterView> list() {
        return replay.list().stream().map(DeadLetterView::of).toList();
    }

    /** Idempotent: handlers drop what they did before, so replaying twice does nothing twice. */
    @PostMapping("/{id}/replay")
    DeadLetterView replay(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return DeadLetterView.of(replay.replay(id, jwt.getSubject()));
    }
}
