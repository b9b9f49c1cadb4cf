package cn.gov.platform.intake.fees.domain;

import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.Optional;

/** When an item's fee falls due: at acceptance (the default for an item with a fee) or at its decision (approval). */
public enum FeePoint {
    ACCEPTANCE,
    DECISION;

    /** The fee point of an item (its {@code feeDue}, acceptance by default), or empty when it charges nothing. */
    public static Optional<FeePoint> of(ServiceItem item) {
        return item.feePoint().map(due -> due == cn.gov.platform.intake.catalogue.domain.FeeDue.DECISION ? DECISION
                : ACCEPTANCE);
    }
}
