package cn.gov.platform.identity.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change, recorded after it was made. Details never carry an identity number or a phone
 * number in clear; the audit of personal data says that it changed, not what it became.
 *
 * @param actor        subject of whoever made the change ({@code system} for start-up seeding)
 * @param action       what happened, e.g. {@code PERSON_REGISTERED}, {@code MANDATE_REVOKED}
 * @param objectType   {@code person}, {@code enterprise}, {@code mandate}, {@code agent}, {@code staff-position}
 * @param dataSubjects the persons whose data this is; each of them may read the entry
 * @param requestId    the request that made the change, to find it in the logs
 */
public record AuditEntry(String id, Instant at, String actor, String action, String objectType, String objectId,
        List<String> dataSubjects, Map<String, String> details, @Nullable String requestId) {

    public AuditEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(objectType);
        Objects.requireNonNull(objectId);
        dataSubjects = List.copyOf(dataSubjects);
        details = Map.copyOf(details);
    }
}
