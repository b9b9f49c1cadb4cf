package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.Optional;

/** The store as the seed sees it: each current version with where it came from. */
interface SeededItems {

    Optional<SeedDecision.Current> currentWithOrigin(ItemCode code);

    /** As {@code ServiceItems.add}, recording the seed item's hash; false when that version exists. */
    boolean addSeeded(ServiceItem item, String seedSha256);
}
