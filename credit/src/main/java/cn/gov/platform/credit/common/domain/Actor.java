package cn.gov.platform.credit.common.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who acts: the subject, the realm roles and, for staff, the department and division of their post.
 * Department staff act for their own department only; supervisors see their division's subtree; a
 * platform admin acts for every department and sees everything. Staff roles count only once
 * identity confirms them ({@link #confirmed}): a token's claims alone grant nothing.
 */
public record Actor(String subject, Set<String> roles, @Nullable String department, @Nullable String division) {

    public static final Set<String> DEPARTMENT_ROLES = Set.of("reviewer", "approver");
    public static final String SUPERVISOR = "supervisor";
    /** The roles that are posts in a department at a division, which identity must confirm. */
    public static final Set<String> STAFF_ROLES = Set.of("reviewer", "approver", SUPERVISOR);

    public Actor {
        roles = Set.copyOf(roles);
    }

    /**
     * The actor as the token describes it, keeping a staff role only where identity confirms it at
     * the token's department and division (no department, or no valid 12-digit division: no staff role).
     */
    public static Actor confirmed(String subject, Set<String> claimedRoles, @Nullable String department,
            @Nullable String division, StaffAuthority staff) {
        Set<String> roles = new HashSet<>();
        boolean post = department != null && !department.isBlank() && division != null && DivisionCode.isValid(division);
        for (String role : claimedRoles) {
            if (!STAFF_ROLES.contains(role)
                    || post && staff.holds(subject, role, department, division)) {
                roles.add(role);
            }
        }
        return new Actor(subject, roles, department, division);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isSupervisor() {
        return roles.contains(SUPERVISOR) || isAdmin();
    }

    /**
     * Does this actor supervise {@code division}? An admin everything; a supervisor their own
     * division and everything below it (a county's townships and villages, a township's villages).
     * Something without a division is outside every supervisor's subtree but the admin's.
     */
    public boolean supervises(@Nullable String objectDivision) {
        if (isAdmin()) {
            return true;
        }
        if (!roles.contains(SUPERVISOR) || division == null || objectDivision == null
                || !DivisionCode.isValid(objectDivision)) {
            return false;
        }
        return objectDivision.startsWith(DivisionCode.of(division).significant());
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
