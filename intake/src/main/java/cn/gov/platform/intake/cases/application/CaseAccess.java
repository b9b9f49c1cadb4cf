package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.web.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Object-level authorisation of cases. Whoever may not see a case gets the same answer as if it
 * did not exist (404), so nothing can be learnt by probing numbers. Staff need both: the claims
 * of their token must name the case's department and division, and the identity service (the
 * source of truth) must confirm the role there; a token alone is never enough.
 */
public class CaseAccess {

    private final StaffAuthority staff;
    private final PersonRecords persons;

    public CaseAccess(StaffAuthority staff, PersonRecords persons) {
        this.staff = staff;
        this.persons = persons;
    }

    static DomainViolation notFound() {
        return DomainViolation.notFound("CASE_NOT_FOUND", "办件不存在。", "There is no such case.");
    }

    /** The applicant, or the agent who filed for them (INT-10). */
    public Actor applicant(Caller caller, Case c) {
        return applicant(caller, null, c);
    }

    /**
     * The applicant side acting on a case: as above, or (issue 18) a member acting for the enterprise
     * the case belongs to, whose role must allow filing (viewers are refused with 403). The choice of
     * enterprise adds its cases to the caller's own; it takes nothing away.
     */
    public Actor applicant(Caller caller, @Nullable EnterpriseMember acting, Case c) {
        Filing filing = c.snapshot().filing();
        if (acting != null && filing.belongsTo(acting.creditCode().value())) {
            EnterpriseActing.requireFiling(acting);
            return new Actor(caller.subject(), caller.username(), ActorRole.APPLICANT,
                    EnterpriseActing.enterprise(acting));
        }
        if (filing.isCounterFiler(caller.subject())) {
            // The clerk who filed at the window completes the filing for the person present (issue 17).
            return new Actor(caller.subject(), caller.username(), ActorRole.HANDLER);
        }
        if (!c.isApplicantSide(caller.subject()) && !ownsRecordOf(caller, filing)) {
            throw notFound();
        }
        boolean agent = caller.subject().equals(filing.agentSubject());
        return new Actor(caller.subject(), caller.username(), agent ? ActorRole.AGENT : ActorRole.APPLICANT);
    }

    /**
     * The person-record subjects that are the caller's account's (issue 17): a citizen served at a window
     * before they had an account sees those cases as theirs once identity has verified them. None for others.
     */
    public List<String> linkedRecords(Caller caller) {
        return caller.hasRole("citizen") ? persons.recordsOf(caller.subject()) : List.of();
    }

    /** Asked of identity only for a case filed for a person record, and only for citizens. */
    private boolean ownsRecordOf(Caller caller, Filing filing) {
        return filing.isForPersonRecord() && linkedRecords(caller).contains(filing.applicantSubject());
    }

    /**
     * Staff acting in {@code role} on the case. Token claims outside the case's department and
     * division, or an identity service that does not confirm them there, mean 404: for them the
     * case does not exist. Staff of the right department without the step's role are told so.
     */
    public Actor staff(Caller caller, Case c, StaffRole role) {
        if (isDraft(c) || !c.isActingUnit(caller.division(), caller.department()) || !holdsAnyStaffRole(caller)) {
            throw notFound();
        }
        if (!caller.hasRole(role.realmRole())) {
            throw roleRequired(role);
        }
        if (!staff.holds(caller.subject(), role.realmRole(), caller.department(), caller.division())) {
            throw notFound();
        }
        return new Actor(caller.subject(), caller.username(), ActorRole.of(role));
    }

    /**
     * The approver of a joint department deciding its own task (INT-5): the token names a
     * department with a task in the case at the case's division, and identity confirms the
     * approver role there. Anyone else gets 404; staff of that department without the role are told so.
     */
    Actor taskStaff(Caller caller, Case c) {
        String department = caller.department();
        boolean hasTask = department != null && c.taskOf(department)
                .filter(t -> t.division().equals(caller.division())).isPresent();
        if (!hasTask || !holdsAnyStaffRole(caller)) {
            throw notFound();
        }
        if (!caller.hasRole(StaffRole.APPROVER.realmRole())) {
            throw roleRequired(StaffRole.APPROVER);
        }
        if (!staff.holds(caller.subject(), StaffRole.APPROVER.realmRole(), department, caller.division())) {
            throw notFound();
        }
        return new Actor(caller.subject(), caller.username(), ActorRole.APPROVER);
    }

    /** A draft is the applicant's own business until it is submitted: for staff it does not exist yet. */
    private static boolean isDraft(Case c) {
        return c.state() == CaseState.DRAFT;
    }

    static DomainViolation roleRequired(StaffRole role) {
        return new DomainViolation(DomainViolation.Kind.RULE, "STAFF_ROLE_REQUIRED",
                cn.gov.platform.kernel.Message.of("此步骤须由" + role.chinese() + "办理。",
                        "This step is for the " + role.name().toLowerCase() + "."), null, java.util.List.of());
    }

    /**
     * Whether the caller may read the case: its applicant side, or (once it is submitted) staff of
     * its department confirmed by identity.
     */
    public void requireView(Caller caller, Case c) {
        requireView(caller, null, c);
    }

    /** As above, and (issue 18) any member acting for the enterprise the case belongs to. */
    public void requireView(Caller caller, @Nullable EnterpriseMember acting, Case c) {
        Filing filing = c.snapshot().filing();
        if (acting != null && filing.belongsTo(acting.creditCode().value())) {
            return;
        }
        if (c.isApplicantSide(caller.subject()) || filing.isCounterFiler(caller.subject())
                || ownsRecordOf(caller, filing)) {
            return;
        }
        if (isDraft(c)) {
            throw notFound();
        }
        Optional<StaffRole> role = staffRoleOf(caller);
        // The handling department, the higher one it was reported to, or a joint department.
        if (role.isEmpty() || !c.isVisibleTo(caller.division(), caller.department())
                || !staff.holds(caller.subject(), role.get().realmRole(), caller.department(), caller.division())) {
            throw notFound();
        }
    }

    /** Whether the caller holds {@code role} where their token says, confirmed by identity. */
    boolean staffHolds(Caller caller, StaffRole role) {
        return caller.division() != null && caller.department() != null
                && staff.holds(caller.subject(), role.realmRole(), caller.department(), caller.division());
    }

    /** The staff role the caller holds, the most senior first. */
    public static Optional<StaffRole> staffRoleOf(Caller caller) {
        return Arrays.stream(StaffRole.values()).sorted((a, b) -> b.ordinal() - a.ordinal())
                .filter(r -> caller.hasRole(r.realmRole())).findFirst();
    }

    private static boolean holdsAnyStaffRole(Caller caller) {
        return staffRoleOf(caller).isPresent();
    }
}
