package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;

/** What a service asks: may this staff member act in this role, for this department, on a case in this division? */
public record StaffRequest(String staff, StaffRole role, DepartmentCode department, DivisionCode division) {
}
