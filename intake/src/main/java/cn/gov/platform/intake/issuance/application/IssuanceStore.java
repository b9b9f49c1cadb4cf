package cn.gov.platform.intake.issuance.application;

import cn.gov.platform.intake.issuance.domain.Issuance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where issuances are kept: one per case, changed by compare-and-set on its version. */
public interface IssuanceStore {

    Optional<Issuance> find(String caseId);

    /** Stores a new issuance; false when the case already has one. */
    boolean insert(Issuance issuance);

    /** Saves a change; throws {@link ConcurrentChange} when someone else changed it first. */
    Issuance save(Issuance changed);

    /** Issuances whose next attempt is due, oldest first. */
    List<Issuance> due(Instant now, int limit);

    /** Another instance or request changed the issuance since it was read. */
    final class ConcurrentChange extends RuntimeException {
        public ConcurrentChange(String caseId) {
            super("Issuance of case " + caseId + " changed concurrently");
        }
    }
}
