package cn.gov.platform.certificates.staff.application;

import cn.gov.platform.certificates.staff.domain.StaffAuthority;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The realm roles of a caller with each staff role ({@code clerk}, {@code reviewer},
 * {@code approver}) kept only where identity confirms it at the token's department and division:
 * the token's claims alone grant nothing. Without a department or a valid division no staff role
 * is kept and identity is not asked. Other roles (citizen, admin, service) pass unchanged.
 */
public class ConfirmedRoles {

    public static final Set<String> STAFF_ROLES = Set.of("clerk", "reviewer", "approver");
    private final StaffAuthority staff;

    public ConfirmedRoles(StaffAuthority staff) {
        this.staff = staff;
    }

    public Set<String> of(String subject, Set<String> claimed, @Nullable String department, @Nullable String division) {
        boolean post = department != null && !department.isBlank() && DivisionCode.isValid(division);
        Set<String> roles = new HashSet<>();
        for (String role : claimed) {
            if (!STAFF_ROLES.contains(role) || post && staff.holds(subject, role, department, division)) {
                roles.add(role);
            }
        }
        return Set.copyOf(roles);
    }
}
