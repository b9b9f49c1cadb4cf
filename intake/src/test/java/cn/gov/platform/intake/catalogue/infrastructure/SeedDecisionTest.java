package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the seed does with an item, for each origin of its current stored version. */
class SeedDecisionTest {

    private static final ServiceItem SEED = Fixtures.foodPermit();
    private static final String SEED_HASH = "b".repeat(64);
    private static final String EARLIER_HASH = "a".repeat(64);
    /** The same item with the promised limit the seed has since corrected. */
    private static final ServiceItem EARLIER = Fixtures.item("SCJG-002", ItemClass.PROMISED, TimeLimits.of(20, 15),
            List.of(StaffRole.HANDLER, StaffRole.REVIEWER, StaffRole.APPROVER));

    private static Optional<SeedDecision.Current> stored(ServiceItem item, int version, String seedHash) {
        return Optional.of(new SeedDecision.Current(item.asVersion(version), seedHash));
    }

    @Test
    void anItemTheStoreLacksIsAddedAsVersionOne() {
        assertThat(SeedDecision.decide(Optional.empty(), SEED, SEED_HASH)).isEqualTo(SeedDecision.ADD_FIRST);
    }

    @Test
    void anItemStoredFromThisSeedItemIsLeftAsItIs() {
        assertThat(SeedDecision.decide(stored(SEED, 3, SEED_HASH), SEED, SEED_HASH)).isEqualTo(SeedDecision.UNCHANGED);
    }

    @Test
    void anItemStoredFromAnEarlierSeedItemGetsTheSeedAsItsNextVersion() {
        assertThat(SeedDecision.decide(stored(EARLIER, 1, EARLIER_HASH), SEED, SEED_HASH))
                .isEqualTo(SeedDecision.NEW_VERSION);
        assertThat(SeedDecision.decide(stored(EARLIER, 4, EARLIER_HASH), SEED, SEED_HASH))
                .isEqualTo(SeedDecision.NEW_VERSION);
    }

    @Test
    void anItemStoredFromAnotherHashButWithTheSameContentNeedsNoNewVersion() {
        assertThat(SeedDecision.decide(stored(SEED, 2, EARLIER_HASH), SEED, SEED_HASH))
                .isEqualTo(SeedDecision.UNCHANGED);
    }

    @Test
    void anItemAnAdministratorChangedSinceItWasSeededIsHeldForTheAdministrator() {
        assertThat(SeedDecision.decide(stored(EARLIER, 2, null), SEED, SEED_HASH))
                .isEqualTo(SeedDecision.HELD_BY_ADMINISTRATOR);
    }

    @Test
    void anAdministratorsVersionThatSaysWhatTheSeedSaysNeedsNothing() {
        assertThat(SeedDecision.decide(stored(SEED, 2, null), SEED, SEED_HASH)).isEqualTo(SeedDecision.UNCHANGED);
    }

    @Test
    void aFirstVersionStoredBeforeOriginsWereRecordedCountsAsTheSeeds() {
        assertThat(SeedDecision.decide(stored(EARLIER, 1, null), SEED, SEED_HASH)).isEqualTo(SeedDecision.NEW_VERSION);
        assertThat(SeedDecision.decide(stored(SEED, 1, null), SEED, SEED_HASH)).isEqualTo(SeedDecision.UNCHANGED);
    }
}
