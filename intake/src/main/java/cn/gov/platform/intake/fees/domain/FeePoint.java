package cn.gov.platform.intake.fees.domain;

import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.Optional;

/** When an item's fee falls due: at acceptance (the default for an item with a fee) or at its decision (approval). */
public enum FeePoint {
    ACCEPTANCE,
    DECISION;

    /** The fee point of an item, or empty when it charges nothing (a zero-fee item gets no notice). */
    public static Optional<FeePoint> of(ServiceItem item, @org.jspecify.annotations.Nullable FeePoint configured) {
        if (item.isFree()) {
            return Optional.empty();
        }
        return Optional.of(configured == null ? ACCEPTANCE : configured);
    }
}
