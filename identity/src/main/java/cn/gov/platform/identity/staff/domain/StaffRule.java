package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.identity.division.domain.DivisionTree;
import java.util.List;
import java.util.Optional;

/**
 * One condition a position must meet for its holder to act on a case: the right department,
 * the role, and the case's division inside the position's division. Checked in the order of
 * {@link #ALL}.
 */
public sealed interface StaffRule {

    Optional<StaffReason> refuse(StaffPosition position, StaffRequest request, DivisionTree tree);

    List<StaffRule> ALL = List.of(new SameDepartment(), new HoldsRole(), new CoversDivision());

    record SameDepartment() implements StaffRule {
        public Optional<StaffReason> refuse(StaffPosition p, StaffRequest r, DivisionTree tree) {
            return p.department().equals(r.department()) ? Optional.empty() : Optional.of(StaffReason.DEPARTMENT_MISMATCH);
        }
    }

    record HoldsRole() implements StaffRule {
        public Optional<StaffReason> refuse(StaffPosition p, StaffRequest r, DivisionTree tree) {
            return p.roles().contains(r.role()) ? Optional.empty() : Optional.of(StaffReason.ROLE_NOT_HELD);
        }
    }

    /** A county position covers the county's subtree; a township position its own township and villages. */
    record CoversDivision() implements StaffRule {
        public Optional<StaffReason> refuse(StaffPosition p, StaffRequest r, DivisionTree tree) {
            return tree.isWithin(r.division(), p.division()) ? Optional.empty()
                    : Optional.of(StaffReason.DIVISION_OUT_OF_SCOPE);
        }
    }
}
