package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import java.util.Optional;

/** A department's names by its code, as the catalogue gives them (a port: the catalogue answers it). */
@FunctionalInterface
public interface DepartmentDirectory {

    /** None for a code the catalogue does not know. */
    Optional<DepartmentName> named(String code);
}
