package cn.gov.platform.credit.common.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who acts, as the token says: the subject, the realm roles and, for staff, the department.
 * Department staff act for their own department only; a platform admin for every department.
 */
public record Actor(String subject, Set<String> roles, @Nullable String department) {

    public static final Set<String> DEPARTMENT_ROLES = Set.of("reviewer", "approver");

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isSupervisor() {
        return roles.contains("supervisor") || isAdmin();
    }

    /** May this actor list, lift or decide for {@code issuingDepartment}? */
    public boolean actsFor(String issuingDepartment) {
        return isAdmin() || department != null && department.equals(issuingDepartment)
                && roles.stream().anyMatch(DEPARTMENT_ROLES::contains);
    }

    public boolean isDepartmentStaff() {
        return isAdmin() || department != null && roles.stream().anyMatch(DEPARTMENT_ROLES::contains);
    }
}
