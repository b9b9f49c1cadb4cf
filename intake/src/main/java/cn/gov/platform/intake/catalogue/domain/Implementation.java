package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * Who implements an item where: a department at a division, with the address and contact the
 * applicant is given when routed there (INT-7). {@code delegated} marks authority handed down
 * from the county to a named township (下放). The English names are absent in an implementation stored
 * before issue 20; {@link #divisionEnglishName()} and {@link #departmentEnglishName()} are what a reader sees, and
 * {@link #englishAddress()} likewise for the address in English ({@code addressEn}).
 */
public record Implementation(DivisionCode division, String divisionName, String department,
        String departmentName, String address, String contact, boolean delegated, @Nullable String divisionNameEn,
        @Nullable String departmentNameEn, @Nullable String addressEn) {

    /** An implementation named in English with its address in Chinese only. */
    public Implementation(DivisionCode division, String divisionName, String department, String departmentName,
            String address, String contact, boolean delegated, @Nullable String divisionNameEn,
            @Nullable String departmentNameEn) {
        this(division, divisionName, department, departmentName, address, contact, delegated, divisionNameEn,
                departmentNameEn, null);
    }

    /** An implementation named in Chinese only (the shape before issue 20). */
    public Implementation(DivisionCode division, String divisionName, String department, String departmentName,
            String address, String contact, boolean delegated) {
        this(division, divisionName, department, departmentName, address, contact, delegated, null, null, null);
    }

    public Implementation {
        if (department == null || department.isBlank() || departmentName == null || departmentName.isBlank()) {
            throw DomainViolation.invalid("implementations.department", "DEPARTMENT_REQUIRED",
                    "实施机构须写明部门。", "An implementation names its department.");
        }
        if (address == null || address.isBlank() || contact == null || contact.isBlank()) {
            throw DomainViolation.invalid("implementations.contact", "CONTACT_REQUIRED",
                    "实施机构须公布办理地址和联系方式。", "An implementation publishes its address and contact.");
        }
    }

    public String divisionEnglishName() {
        return ServiceItem.englishOr(divisionNameEn, divisionName);
    }

    public String departmentEnglishName() {
        return ServiceItem.englishOr(departmentNameEn, departmentName);
    }

    public String englishAddress() {
        return ServiceItem.englishOr(addressEn, address);
    }

    public boolean isAt(DivisionCode receiving) {
        return division.equals(receiving);
    }
}
