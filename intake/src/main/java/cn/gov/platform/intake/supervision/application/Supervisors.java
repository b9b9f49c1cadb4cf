package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.cases.application.StaffAuthority;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.supervision.domain.DivisionScope;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import org.springframework.http.HttpStatus;

/**
 * Who may supervise what: realm role {@code supervisor}, with the division and department of their
 * post in the token, confirmed by the identity service (the source of truth, IDN-3). They see their
 * division's subtree and nothing else.
 */
public class Supervisors {

    public static final String ROLE = "supervisor";
    private final StaffAuthority staff;

    public Supervisors(StaffAuthority staff) {
        this.staff = staff;
    }

    /** The caller's scope, or 403 for anyone who is not a confirmed supervisor. */
    public DivisionScope scopeOf(Caller caller) {
        if (!isSupervisor(caller)) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "SUPERVISOR_ROLE_REQUIRED",
                    Message.of("仅效能监察人员可以查看。", "Only supervisors may see this."));
        }
        return DivisionScope.of(caller.division());
    }

    /** Whether the caller is a supervisor confirmed at the division and department of their token. */
    public boolean isSupervisor(Caller caller) {
        return caller.hasRole(ROLE) && caller.division() != null && caller.department() != null
                && caller.division().matches("\\d{12}")
                && staff.holds(caller.subject(), ROLE, caller.department(), caller.division());
    }

    /**
     * Whether the caller is staff (clerk, reviewer or approver) of {@code department} at
     * {@code division}: the token's claims name both and identity confirms the most senior role held.
     */
    public boolean isStaffOf(Caller caller, String division, String department) {
        if (!division.equals(caller.division()) || !department.equals(caller.department())) {
            return false;
        }
        return java.util.Arrays.stream(StaffRole.values()).sorted((a, b) -> b.ordinal() - a.ordinal())
                .filter(r -> caller.hasRole(r.realmRole())).findFirst()
                .map(r -> staff.holds(caller.subject(), r.realmRole(), department, division)).orElse(false);
    }

    /** Whether the caller supervises {@code division}. */
    public boolean supervises(Caller caller, String division) {
        return isSupervisor(caller) && DivisionScope.of(caller.division()).includes(division);
    }
}
