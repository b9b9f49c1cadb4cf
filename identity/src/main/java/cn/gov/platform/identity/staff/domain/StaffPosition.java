package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff's place in a department at a division, with the roles held there (IDN-3).
 * Authority reaches the division and everything beneath it, never sideways.
 */
public record StaffPosition(String id, String staff, DepartmentCode department, DivisionCode division,
        Set<StaffRole> roles, Instant since) {

    public StaffPosition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(staff);
        Objects.requireNonNull(department);
        Objects.requireNonNull(division);
        Objects.requireNonNull(since);
        if (roles.isEmpty()) {
            throw DomainViolation.invalid("roles", "ROLES_REQUIRED", Message.of(
                    "请至少指定一个岗位角色。", "Give the position at least one role."));
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }
}
