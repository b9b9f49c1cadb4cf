package cn.gov.platform.intake.followup.domain;

import cn.gov.platform.intake.cases.domain.CaseRecord;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * All a follow-up shows of a case: its number, item, state, dates and who handles it. Nothing about the
 * applicant, no reasons, no materials: the number and a suffix are a weak credential.
 *
 * @param dueOn the date promised to the applicant (none before acceptance, while the clock stands
 *              still for a supplement, and once decided)
 */
public record Progress(String number, String itemName, StateName state, @Nullable LocalDate submittedOn,
        @Nullable LocalDate acceptedOn, @Nullable LocalDate decidedOn, @Nullable LocalDate dueOn,
        String departmentName, @Nullable String divisionName) {

    public static Progress of(String number, CaseRecord c, @Nullable String divisionName) {
        LocalDate decided = c.decision() == null ? null : cn.gov.platform.kernel.ChinaTime.dateOf(c.decision().decidedAt());
        return new Progress(number, c.itemName(), StateName.of(c.state()),
                c.submittedAt() == null ? null : cn.gov.platform.kernel.ChinaTime.dateOf(c.submittedAt()),
                c.acceptedOn(), decided, c.state().isAccepted() ? c.promisedDue() : null,
                c.actingDepartmentName(), divisionName);
    }
}
