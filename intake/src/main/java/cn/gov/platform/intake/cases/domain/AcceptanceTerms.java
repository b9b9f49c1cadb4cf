package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What acceptance needs beyond the window's own examination: the credit check's answer (or that
 * credit could not answer), the departments of a joint item, and the department at the next
 * higher division for an item reported upward, as the catalogue names it.
 */
public record AcceptanceTerms(CreditStatus creditStatus, @Nullable CreditRecord credit,
        List<JointDepartment> jointDepartments, @Nullable DepartmentName reportToDepartment) {

    public AcceptanceTerms {
        jointDepartments = List.copyOf(jointDepartments);
    }

    /** No credit check, no joint departments, nothing reported: acceptance as before issue 8. */
    public static AcceptanceTerms none() {
        return new AcceptanceTerms(CreditStatus.NOT_CHECKED, null, List.of(), null);
    }
}
