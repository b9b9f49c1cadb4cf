package cn.gov.platform.notifications.events.application;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An event that failed {@code deliveries} times and was taken out of its stream's pending list
 * so that it no longer blocks or loops; kept whole so it can be replayed once the cause is fixed.
 */
public record DeadLetter(String id, String stream, String entryId, @Nullable String eventId, @Nullable String type,
        Map<String, String> fields, long deliveries, @Nullable String lastError, Instant deadAt,
        @Nullable Instant replayedAt, @Nullable String replayedBy, @Nullable String replayOutcome) {

    public static String idOf(String stream, String entryId) {
        return stream + ":" + entryId;
    }
}
