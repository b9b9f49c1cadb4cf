package cn.gov.platform.identity.audit.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The append-only record of changes. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** Newest first; every criterion is optional. */
    List<AuditEntry> find(Query query);

    /**
     * @param dataSubject entries about this person's data
     * @param actor       entries made by this subject
     * @param objectType  entries about this kind of object
     * @param objectId    entries about this object
     */
    record Query(@Nullable String dataSubject, @Nullable String actor, @Nullable String objectType,
            @Nullable String objectId, @Nullable Instant from, @Nullable Instant to, int limit) {
    }
}
