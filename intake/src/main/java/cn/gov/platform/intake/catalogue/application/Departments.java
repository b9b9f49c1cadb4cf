package cn.gov.platform.intake.catalogue.application;

import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one place that names a department by its code: as the current items name it where they are handled
 * (their implementations) and where joint items are copied to (their joint departments). A name with an
 * English name beside it is preferred to one without (a version stored before issue 20 has none).
 */
public class Departments {

    private final ServiceItems items;

    public Departments(ServiceItems items) {
        this.items = items;
    }

    /** The department's names; none for a code no current item names (a typo, or a department of no item). */
    public Optional<DepartmentName> named(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Stream<DepartmentName> named = items.search(new ItemQuery(null, null, null, null)).stream()
                .flatMap(i -> namesIn(i, code));
        return named.reduce((first, other) -> first.nameEn() == null && other.nameEn() != null ? other : first);
    }

    private static Stream<DepartmentName> namesIn(ServiceItem item, String code) {
        return Stream.concat(
                item.implementations().stream().filter(i -> i.department().equals(code))
                        .map(i -> new DepartmentName(code, i.departmentName(), i.departmentNameEn())),
                item.jointDepartments().stream().filter(j -> j.department().equals(code))
                        .map(j -> new DepartmentName(code, j.departmentName(), j.departmentNameEn())));
    }
}
