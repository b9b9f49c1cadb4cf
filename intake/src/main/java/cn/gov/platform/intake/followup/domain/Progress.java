package cn.gov.platform.intake.followup.domain;

import cn.gov.platform.intake.cases.domain.CaseRecord;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * All a follow-up shows of a case: its number, item, state, dates and who handles it. Nothing about the
 * applicant, no reasons, no materials: the number and a suffix are a weak credential.
 *
 * @param itemCode     the item, so that a reader sees its name in their language from the public catalogue
 *                     ({@code itemName} is the Chinese the case was filed under)
 * @param dueOn        the date promised to the applicant (none before acceptance, while the clock stands
 *                     still for a supplement, and once decided)
 * @param department   the department handling the case now, by code (named by the catalogue)
 * @param division     its division, by code (named by identity's public division registry)
 */
public record Progress(String number, String itemCode, String itemName, StateName state,
        @Nullable LocalDate submittedOn, @Nullable LocalDate acceptedOn, @Nullable LocalDate decidedOn,
        @Nullable LocalDate dueOn, String department, String departmentName, String division,
        @Nullable String divisionName) {

    public static Progress of(String number, CaseRecord c, @Nullable String divisionName) {
        LocalDate decided = c.decision() == null ? null : cn.gov.platform.kernel.ChinaTime.dateOf(c.decision().decidedAt());
        return new Progress(number, c.itemCode(), c.itemName(), StateName.of(c.state()),
                c.submittedAt() == null ? null : cn.gov.platform.kernel.ChinaTime.dateOf(c.submittedAt()),
                c.acceptedOn(), decided, c.state().isAccepted() ? c.promisedDue() : null,
                c.actingDepartment(), c.actingDepartmentName(), c.actingDivision(), divisionName);
    }
}
