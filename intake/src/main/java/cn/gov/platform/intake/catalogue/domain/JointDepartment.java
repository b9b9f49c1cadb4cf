package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import org.jspecify.annotations.Nullable;

/**
 * A department that approves a joint item in parallel (联办部门, INT-5), with its own limit in
 * working days from acceptance. Its staff act at the division where the case is handled. Its English
 * name is absent for a department stored before issue 20; {@link #departmentEnglishName()} is what a reader sees.
 */
public record JointDepartment(String department, String departmentName, WorkingDays limit,
        @Nullable String departmentNameEn) {

    /** A joint department named in Chinese only (the shape before issue 20). */
    public JointDepartment(String department, String departmentName, WorkingDays limit) {
        this(department, departmentName, limit, null);
    }

    public JointDepartment {
        if (department == null || department.isBlank() || departmentName == null || departmentName.isBlank()) {
            throw DomainViolation.invalid("jointDepartments.department", "DEPARTMENT_REQUIRED",
                    "联办部门须写明部门编码和名称。", "A joint department has a code and a name.");
        }
        if (limit == null || limit.value() < 1) {
            throw DomainViolation.invalid("jointDepartments.days", "JOINT_LIMIT_REQUIRED",
                    "联办部门的办理时限至少 1 个工作日。", "A joint department's limit is at least 1 working day.");
        }
    }

    public String departmentEnglishName() {
        return ServiceItem.englishOr(departmentNameEn, departmentName);
    }
}
