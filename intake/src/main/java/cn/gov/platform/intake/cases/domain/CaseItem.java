package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;

/**
 * The catalogue item a case is filed under, at the version it was filed under (CAT-1): a later
 * version of the item never changes a case already under way.
 *
 * @param acceptanceDays the working days the window has to accept or refuse a submission (issue 17)
 */
public record CaseItem(String code, int version, String name, ItemClass itemClass, int acceptanceDays) {

    static CaseItem of(ServiceItem item) {
        return new CaseItem(item.code().value(), item.version(), item.name(), item.itemClass(),
                item.limits().acceptance().value());
    }

    boolean isJoint() {
        return itemClass == ItemClass.JOINT;
    }

    /** Only immediate items (即办件) are accepted and decided in one step at the window. */
    void requireImmediate() {
        if (itemClass != ItemClass.IMMEDIATE) {
            throw DomainViolation.rule("NOT_AN_IMMEDIATE_ITEM", "只有即办件可以当场受理并办结。",
                    "Only immediate items can be accepted and decided in one step at the window.", null);
        }
    }
}
