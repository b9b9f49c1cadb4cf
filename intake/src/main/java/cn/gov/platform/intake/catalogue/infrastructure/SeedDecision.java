package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the seed does with one of its items, given the item's current stored version. A version
 * the seed stored records the SHA-256 of the seed item it came from; a version an administrator
 * stored records none. Stores written before versions recorded their origin hold version 1
 * without one: only the seed ever wrote a version 1 of a seed item there (an administrator's
 * change is always version 2 or later), so such a version counts as the seed's.
 */
enum SeedDecision {

    /** The store has no such item: the seed item becomes version 1. */
    ADD_FIRST,
    /** The current version is the seed item as it stands (same hash, or the same content). */
    UNCHANGED,
    /** The current version came from an earlier seed: the seed item becomes the next version. */
    NEW_VERSION,
    /** An administrator changed the item since it was seeded: the seed's change is not applied. */
    HELD_BY_ADMINISTRATOR;

    /** A stored version and the seed hash it records, if the seed stored it. */
    record Current(ServiceItem item, @Nullable String seedSha256) {
    }

    static SeedDecision decide(Optional<Current> current, ServiceItem seedItem, String seedSha256) {
        if (current.isEmpty()) {
            return ADD_FIRST;
        }
        Current stored = current.get();
        if (seedSha256.equals(stored.seedSha256())) {
            return UNCHANGED;
        }
        // The same content under another hash (the file reformatted, a field added that reads as before).
        if (stored.item().equals(seedItem.asVersion(stored.item().version()))) {
            return UNCHANGED;
        }
        boolean fromSeed = stored.seedSha256() != null || stored.item().version() == 1;
        return fromSeed ? NEW_VERSION : HELD_BY_ADMINISTRATOR;
    }
}
