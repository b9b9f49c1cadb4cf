package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.ApprovalRule;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.application.Departments;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The decision chain after acceptance (INT-9): reviewers and approvers giving their opinions in turn,
 * joint departments deciding their own tasks (INT-5) and the system deeming silent ones to approve;
 * a case reported upward (上报件) or put on the green channel (INT-8) on the way. Before any decision
 * whose credit check could not be made at acceptance, the check runs again (CRE-2).
 */
public class DecisionService {

    private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

    private final CaseChanges changes;
    private final CaseAccess access;
    private final CaseCredit credit;
    private final MaterialChecks checks;
    private final DeadlineClock clock;
    private final List<ApprovalRule> approval;
    private final MeterRegistry meters;
    private final Departments departments;

    public DecisionService(CaseChanges changes, CaseAccess access, CaseCredit credit, MaterialChecks checks,
            DeadlineClock clock, List<ApprovalRule> approval, MeterRegistry meters, Departments departments) {
        this.changes = changes;
        this.access = access;
        this.credit = credit;
        this.checks = checks;
        this.clock = clock;
        this.approval = List.copyOf(approval);
        this.meters = meters;
        this.departments = departments;
    }

    /** The next step of the decision chain, taken by whoever holds the role the case awaits. */
    public Case opinion(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        checks.refresh(id, caller);
        boolean creditAnswered = recheckCredit(id, caller);
        return creditUnavailableIfPending(creditAnswered, () -> changes.change("opinion", id, c -> {
            StaffRole awaited = c.awaitedRole();
            if (awaited == null || !c.state().isAccepted() || !caller.hasRole(awaited.realmRole())) {
                // Checked as the caller's own role first, so that outsiders still get 404.
                access.staff(caller, c, ownRole(caller));
                if (awaited != null && c.state().isAccepted()) {
                    throw DomainViolation.conflict("NOT_YOUR_STEP", "办件当前等待" + awaited.chinese() + "处理。",
                            "The case is waiting for the " + awaited.name().toLowerCase() + ".");
                }
                throw DomainViolation.conflict("INVALID_TRANSITION", "办件当前状态不能审查或决定。",
                        "The case is not in a state that can be reviewed or decided.");
            }
            c.recordOpinion(access.staff(caller, c, awaited), awaited, verdict, reasons, legalBasis, approval, clock,
                    changes.now());
        }));
    }

    /** A joint department's decision on its own task, by that department's approver (IDN-3). */
    public Case decideTask(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        checks.refresh(id, caller);
        boolean creditAnswered = recheckCredit(id, caller);
        return creditUnavailableIfPending(creditAnswered, () -> changes.change("decide-task", id,
                c -> c.decideTask(access.taskStaff(caller, c), caller.department(), verdict, reasons, legalBasis,
                        approval, clock, changes.now())));
    }

    /**
     * A decision refused because the credit check is still pending, when credit could not be reached
     * just now, is answered 503 with a retry hint (CREDIT_UNAVAILABLE): the refusal is the outage's,
     * not the case's, and the same request succeeds once credit answers. Steps before the decision
     * go through while credit is down.
     */
    private static Case creditUnavailableIfPending(boolean creditAnswered, Supplier<Case> step) {
        try {
            return step.get();
        } catch (DomainViolation e) {
            if (!creditAnswered && "CREDIT_CHECK_PENDING".equals(e.code())) {
                throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "CREDIT_UNAVAILABLE", Message.of(
                        "受理时未能完成信用核查，信用系统暂时无法访问；核查完成前不能作出决定，请稍后再试。",
                        "The credit check could not be made at acceptance and the credit system cannot be reached "
                                + "right now; the case can be decided once it has been. Try again shortly."));
            }
            throw e;
        }
    }

    /**
     * Deemed consent (超时默认) for one case: every task past due on an item that allows it is
     * recorded as approved by the system. Exactly once per task across instances: the case is saved
     * with a compare-and-set on its version, so of two instances that read it only one records
     * anything; the other sees a concurrent change and leaves it to the winner. Returns the number
     * of tasks deemed approved here (0 when there were none, the race was lost, or the case cannot
     * be decided yet, in which case its tasks stay open and the next round tries again).
     */
    public int deemDue(String id) {
        try {
            Case c = changes.load(id);
            if (c.hasPendingChecks()) {
                checks.refresh(id, null);
                c = changes.load(id);
            }
            if (c.snapshot().credit().status() == CreditStatus.PENDING) {
                recheckCredit(id, null);
                c = changes.load(id);
            }
            int before = c.pendingEvents().size();
            List<JointTask> done = c.deemDueTasks(changes.today(), approval, clock, changes.now());
            if (done.isEmpty()) {
                return 0;
            }
            changes.save(c, before);
            meters.counter("intake.cases.deemed-approvals").increment(done.size());
            return done.size();
        } catch (CaseStore.ConcurrentChange e) {
            meters.counter("intake.cases.deemed-approvals.lost-race").increment();
            return 0;
        } catch (DomainViolation e) {
            log.info("Deemed consent deferred for case {}: {}", id, e.code());
            meters.counter("intake.cases.deemed-approvals.deferred", "reason", e.code()).increment();
            return 0;
        }
    }

    /**
     * Sends the case to the department of the next higher division (上报件), a department the catalogue names:
     * 400 {@code UNKNOWN_DEPARTMENT} for any other code, nothing stored.
     */
    public Case reportUpward(Caller caller, String id, String department, String reason) {
        return changes.change("report-upward", id, c -> c.reportUpward(access.staff(caller, c, ownRole(caller)),
                department, departments::named, reason, changes.now()));
    }

    /** Green channel for a major project, with the responsible officer (INT-8). */
    public Case greenChannel(Caller caller, String id, String responsibleOfficer, String reason) {
        return changes.change("green-channel", id, c -> c.greenChannel(access.staff(caller, c, ownRole(caller)),
                responsibleOfficer, reason, changes.now()));
    }

    /**
     * Before a decision on a case whose check could not be made at acceptance: check again (stage
     * DECISION) and keep the answer. If credit still cannot answer, the decision is then refused
     * by the aggregate (CREDIT_CHECK_PENDING, answered as CREDIT_UNAVAILABLE); nothing is skipped.
     * False when credit could not be reached.
     */
    private boolean recheckCredit(String id, @Nullable Caller caller) {
        Case c = changes.load(id);
        if (c.snapshot().credit().status() != CreditStatus.PENDING || !c.state().isAccepted()) {
            return true;
        }
        if (caller != null) {
            access.requireView(caller, c);
        }
        CreditChecks.Outcome outcome = credit.check(c, CreditChecks.Stage.DECISION);
        if (!outcome.available()) {
            return false;
        }
        c.recordDecisionCheck(outcome.record(), changes.now());
        try {
            changes.save(c, c.pendingEvents().size());
        } catch (CaseStore.ConcurrentChange e) {
            // Someone else changed the case meanwhile (perhaps recorded a check): the next step reloads it.
        }
        return true;
    }

    private static StaffRole ownRole(Caller caller) {
        return CaseAccess.staffRoleOf(caller).orElse(StaffRole.HANDLER);
    }
}
