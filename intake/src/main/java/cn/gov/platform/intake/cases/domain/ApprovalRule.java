package cn.gov.platform.intake.cases.domain;

import java.util.List;
import java.util.Set;

/** One rule that must hold before a case may be approved; a new rule is one new class. */
public interface ApprovalRule {

    RuleResult check(List<ToleratedMaterial> tolerated, Set<String> present);

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
