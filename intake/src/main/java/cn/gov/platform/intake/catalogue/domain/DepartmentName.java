package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import org.jspecify.annotations.Nullable;

/**
 * A department as the catalogue names it: its code, its name and, where the catalogue gives one, its
 * English name ({@link #englishName()} is what an English reader sees).
 */
public record DepartmentName(String code, String name, @Nullable String nameEn) {

    public DepartmentName {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw DomainViolation.invalid("department", "DEPARTMENT_REQUIRED", "部门须有编码和名称。",
                    "A department has a code and a name.");
        }
        nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn;
    }

    public String englishName() {
        return ServiceItem.englishOr(nameEn, name);
    }
}
