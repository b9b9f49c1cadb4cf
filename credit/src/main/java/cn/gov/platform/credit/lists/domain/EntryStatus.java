package cn.gov.platform.credit.lists.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a list entry. An entry under objection still applies until the objection is
 * decided (the listing decision stands until it is set aside); repaired, expired and withdrawn
 * entries never apply again.
 */
public enum EntryStatus {
    ACTIVE, UNDER_OBJECTION, REPAIRED, EXPIRED, WITHDRAWN;

    private static final Map<EntryStatus, Set<EntryStatus>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(UNDER_OBJECTION, REPAIRED, EXPIRED, WITHDRAWN),
            UNDER_OBJECTION, EnumSet.of(ACTIVE, EXPIRED, WITHDRAWN),
            REPAIRED, EnumSet.noneOf(EntryStatus.class),
            EXPIRED, EnumSet.noneOf(EntryStatus.class),
            WITHDRAWN, EnumSet.noneOf(EntryStatus.class));

    public boolean canBecome(EntryStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Whether an entry in this state can apply at all (dates permitting). */
    public boolean inForce() {
        return this == ACTIVE || this == UNDER_OBJECTION;
    }
}
