package cn.gov.platform.credit.lists.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryStatusTest {

    private static final Map<EntryStatus, Set<EntryStatus>> EXPECTED = Map.of(
            EntryStatus.ACTIVE, EnumSet.of(EntryStatus.UNDER_OBJECTION, EntryStatus.REPAIRED, EntryStatus.EXPIRED, EntryStatus.WITHDRAWN),
            EntryStatus.UNDER_OBJECTION, EnumSet.of(EntryStatus.ACTIVE, EntryStatus.EXPIRED, EntryStatus.WITHDRAWN),
            EntryStatus.REPAIRED, EnumSet.noneOf(EntryStatus.class),
            EntryStatus.EXPIRED, EnumSet.noneOf(EntryStatus.class),
            EntryStatus.WITHDRAWN, EnumSet.noneOf(EntryStatus.class));

    @Test
    void everyPairOfStatesIsAllowedExactlyAsTheTableSays() {
        for (EntryStatus from : EntryStatus.values()) {
            for (EntryStatus to : EntryStatus.values()) {
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyActiveAndUnderObjectionEntriesAreInForce() {
        assertThat(EnumSet.allOf(EntryStatus.class).stream().filter(EntryStatus::inForce).toList())
                .containsExactly(EntryStatus.ACTIVE, EntryStatus.UNDER_OBJECTION);
    }
}
