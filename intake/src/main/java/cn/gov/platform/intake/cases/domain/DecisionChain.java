package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decision chain (INT-9): the roles whose steps the item requires, in order (copied in at
 * drafting; a credit measure may add a reviewer), the opinion of each step taken so far, and the
 * decision with the names of who handled, reviewed and approved it. Each role gives its opinion in
 * turn and the last one decides; nobody takes two steps of one case, so that responsibility is shared
 * and can be traced.
 *
 * @param steps the roles of the chain, e.g. HANDLER, REVIEWER, APPROVER
 */
public record DecisionChain(List<StaffRole> steps, List<Opinion> opinions, @Nullable Decision decision) {

    public DecisionChain {
        steps = List.copyOf(steps);
        opinions = List.copyOf(opinions);
    }

    static DecisionChain of(List<StaffRole> steps) {
        return new DecisionChain(steps, List.of(), null);
    }

    /** The role whose step is next: the handler at the window, then the chain in turn; none once decided. */
    public @Nullable StaffRole awaited(CaseState state) {
        if (!state.isAccepted()) {
            return state == CaseState.SUBMITTED ? StaffRole.HANDLER : null;
        }
        return steps.get(Math.min(opinions.size(), steps.size() - 1));
    }

    /** Whether the next opinion decides the case. */
    boolean atLastStep() {
        return opinions.size() == steps.size() - 1;
    }

    /**
     * The opinion of {@code by} in {@code role}, refused unless the case awaits that role, the person
     * has taken no other step of it, and the reasons are written. A joint case is decided by its
     * departments' tasks ({@code joint}): the lead department's chain only reviews.
     */
    Opinion opinion(Actor by, StaffRole role, CaseState state, Verdict verdict, String reasons,
            @Nullable String legalBasis, boolean joint, java.time.Instant at) {
        StaffRole awaited = awaited(state);
        if (role != awaited) {
            throw DomainViolation.conflict("NOT_YOUR_STEP", "办件当前等待" + awaited.chinese() + "处理。",
                    "The case is waiting for the " + awaited.name().toLowerCase() + ", not the "
                            + role.name().toLowerCase() + ".");
        }
        if (opinions.stream().anyMatch(o -> o.actorSubject().equals(by.subject()))) {
            throw DomainViolation.rule("SAME_PERSON_TWO_STEPS", "同一人不能在同一办件中承担两个审批环节。",
                    "One person cannot take two steps of the same case.", null);
        }
        WrittenReasons.require(reasons, "reasons");
        if (joint && (atLastStep() || role == StaffRole.APPROVER)) {
            throw DomainViolation.conflict("JOINT_CASE_DECIDED_BY_TASKS",
                    "联办件由各联办部门的意见决定，牵头部门只能给出审查意见。",
                    "A joint case is decided by its departments' tasks; the lead department gives review opinions only.");
        }
        return new Opinion(role, by.subject(), by.name(), verdict, reasons, legalBasis, at);
    }

    /** Decided at the window in one step: refused when a credit measure added a review step to the chain. */
    void requireSingleStep() {
        if (steps.size() > 1) {
            throw DomainViolation.conflict("ADDITIONAL_REVIEW_REQUIRED",
                    "依据联合惩戒措施须增加审核环节，不能当场办结；请先受理，再经审核后决定。",
                    "A joint measure requires an additional review; accept the case and decide it after the review.");
        }
    }

    /** A rejection states its legal basis. */
    static void requireBasisOfRefusal(Verdict verdict, @Nullable String legalBasis) {
        if (verdict == Verdict.REJECT && (legalBasis == null || legalBasis.isBlank())) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED", "不予许可的决定须写明法律依据。",
                    "A refusal must state its legal basis.");
        }
    }

    DecisionChain with(Opinion opinion) {
        List<Opinion> all = new ArrayList<>(opinions);
        all.add(opinion);
        return new DecisionChain(steps, all, decision);
    }

    /** Whether a reviewer step can still be added before the deciding one (a credit measure, CRE-2). */
    boolean canAddReviewer() {
        return opinions.size() < steps.size();
    }

    DecisionChain withAdditionalReviewer() {
        List<StaffRole> all = new ArrayList<>(steps);
        all.add(Math.max(1, all.size() - 1), StaffRole.REVIEWER);
        return new DecisionChain(all, opinions, decision);
    }

    /** Who took the handler's, the reviewer's and the approver's step, with {@code last} taken too (INT-9). */
    Signatures signedWith(Opinion last) {
        List<Opinion> all = with(last).opinions();
        return new Signatures(nameIn(all, StaffRole.HANDLER), nameIn(all, StaffRole.REVIEWER),
                nameIn(all, StaffRole.APPROVER));
    }

    /** The names a decision carries; for a joint case the approver is every department with its decider. */
    record Signatures(@Nullable String handler, @Nullable String reviewer, @Nullable String approver) {

        /** The decision, on time when made by the promised date as it stands; without a handler, {@code by} decided. */
        Decision decision(Verdict verdict, String reasons, @Nullable String legalBasis, Actor by, java.time.Instant at,
                java.time.@Nullable LocalDate promisedDue) {
            boolean onTime = promisedDue == null || !ChinaTime.dateOf(at).isAfter(promisedDue);
            return new Decision(verdict, reasons, legalBasis, at, promisedDue, onTime, handler == null ? by.name() : handler,
                    reviewer, approver);
        }
    }

    DecisionChain decided(Decision made) {
        return new DecisionChain(steps, opinions, made);
    }

    private static @Nullable String nameIn(List<Opinion> in, StaffRole role) {
        return in.stream().filter(o -> o.role() == role).map(Opinion::actorName).findFirst().orElse(null);
    }
}
