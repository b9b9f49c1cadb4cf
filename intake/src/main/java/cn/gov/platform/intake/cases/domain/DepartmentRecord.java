package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Another department's record standing in for a material (CAT-3), as the data exchange gave it.
 *
 * @param recordCode     the record's code in the catalogue, e.g. {@code real-estate-registration}
 * @param department     the department holding it
 * @param departmentName its name, as the exchange gave it or else as the catalogue names that department; none
 *                       where neither names it (never the code: the portal names a department by its code)
 * @param departmentNameEn its name in English where the catalogue gives one (absent in records fetched before it)
 * @param reference      the record's reference at that department (null while pending or not held)
 * @param summary        what the record says, in a line (null while pending or not held)
 * @param fetchedAt      when the exchange answered (null while pending)
 */
public record DepartmentRecord(String recordCode, String department, @Nullable String departmentName,
        @Nullable String departmentNameEn, @Nullable String reference, @Nullable String summary, @Nullable Instant fetchedAt) {
}
