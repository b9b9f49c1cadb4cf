package cn.gov.platform.support.events;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entry taken out of its group's pending list because it could not be handled (it failed on
 * {@code deliveries} deliveries, or it does not fit its stream's contract), kept whole with its
 * last error so that an administrator can replay it once the cause is fixed.
 *
 * @param group the consumer group; absent on letters kept before groups were recorded (notifications')
 */
public record DeadLetter(String id, String stream, @Nullable String group, String entryId, @Nullable String eventId,
        @Nullable String type, Map<String, String> fields, long deliveries, @Nullable String lastError, Instant deadAt,
        @Nullable Instant replayedAt, @Nullable String replayedBy, @Nullable String replayOutcome) {

    public static String idOf(String stream, String entryId, String group) {
        return stream + ":" + entryId + ":" + group;
    }

    DeadLetter replayed(Instant at, String by, String outcome) {
        return new DeadLetter(id, stream, group, entryId, eventId, type, fields, deliveries, lastError, deadAt, at, by,
                outcome);
    }
}
