package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import java.util.Set;

/** One rule that must hold before a case may be approved; a new rule is one new class. */
public interface ApprovalRule {

    RuleResult check(List<ToleratedMaterial> tolerated, Set<String> present);

    /** Refuses approval with the first rule that does not hold. */
    static void enforce(List<ApprovalRule> rules, CaseSnapshot c, Set<String> present) {
        for (ApprovalRule rule : rules) {
            RuleResult result = rule.check(c, present);
            if (!result.allowed()) {
                throw DomainViolation.rule(result.code(), result.zh(), result.en(), result.field());
            }
        }
    }

    /** The rule over the whole case; rules that need only the materials keep the narrower form. */
    default RuleResult check(CaseSnapshot c, Set<String> present) {
        return check(c.materials().tolerated(), present);
    }

    /** A joint case is approved only when every department approved or is deemed to (INT-5). */
    final class JointTasksApproved implements ApprovalRule {
        @Override
        public RuleResult check(List<ToleratedMaterial> tolerated, Set<String> present) {
            return RuleResult.pass();
        }

        @Override
        public RuleResult check(CaseSnapshot c, Set<String> present) {
            List<String> outstanding = c.joint().tasks().stream().filter(t -> !t.state().isApproval())
                    .map(JointTask::departmentName).toList();
            return outstanding.isEmpty() ? RuleResult.pass()
                    : RuleResult.refused("JOINT_TASKS_OUTSTANDING",
                            "联办部门尚未全部同意：" + String.join("、", outstanding) + "。",
                            "Not every joint department has approved: " + String.join(", ", outstanding) + ".",
                            "tasks");
        }
    }

    /**
     * A black-list measure ADDITIONAL_REVIEW (CRE-2): a joint case needs a reviewer's opinion of
     * the lead department before it is approved (other cases get an extra reviewer step in their chain).
     */
    final class AdditionalReviewGiven implements ApprovalRule {
        @Override
        public RuleResult check(List<ToleratedMaterial> tolerated, Set<String> present) {
            return RuleResult.pass();
        }

        @Override
        public RuleResult check(CaseSnapshot c, Set<String> present) {
            CreditRecord credit = c.credit().record();
            boolean required = credit != null && credit.has("ADDITIONAL_REVIEW") && c.joint().isJoint();
            boolean given = c.chain().opinions().stream().anyMatch(o -> o.role() == StaffRole.REVIEWER);
            return !required || given ? RuleResult.pass()
                    : RuleResult.refused("ADDITIONAL_REVIEW_REQUIRED",
                            "依据联合惩戒措施，须经审核人加审后方可准予。",
                            "A joint measure requires an additional review before approval.", "opinions");
        }
    }

    /** A tolerated material must arrive before the decision (INT-4). */
    final class ToleratedMaterialsHaveArrived implements ApprovalRule {
        @Override
        public RuleResult check(List<ToleratedMaterial> tolerated, Set<String> present) {
            List<String> outstanding = tolerated.stream().map(ToleratedMaterial::materialCode)
                    .filter(code -> !present.contains(code)).toList();
            return outstanding.isEmpty() ? RuleResult.pass()
                    : RuleResult.refused("TOLERATED_MATERIAL_OUTSTANDING",
                            "容缺材料尚未补交，不能作出准予决定：" + String.join("、", outstanding) + "。",
                            "Tolerated materials have not arrived yet, so the case cannot be approved: "
                                    + String.join(", ", outstanding) + ".", "materials");
        }
    }
}
