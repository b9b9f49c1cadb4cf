package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One participating department's share of a joint case (并联审批, INT-5): opened for every
 * department at once when the case is accepted, each with its own working-day deadline, decided
 * by that department alone. {@code decidedBy} is "system" for a deemed approval.
 *
 * @param id       stable within the case: {@code department@division}
 * @param division the division whose department acts (the case's own division)
 * @param dueOn    the last working day of the department's limit, counted with the case's supplement pauses
 */
public record JointTask(String id, String department, String departmentName, String division, LocalDate dueOn,
        TaskState state, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String reasons,
        @Nullable String legalBasis) {

    /**
     * The reasons in each language: a deemed consent's (the platform's words, stored "中文| English") as that
     * pair; a department's own words the same in both; null when undecided.
     */
    public @Nullable Message reasonsText() {
        return reasons == null ? null : EarlierNotes.reasons(reasons, state == TaskState.DEEMED_APPROVED);
    }

    public static JointTask open(String department, String departmentName, String division, LocalDate dueOn) {
        return new JointTask(department + "@" + division, department, departmentName, division, dueOn, TaskState.OPEN,
                null, null, null, null);
    }

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }

    JointTask decided(TaskState outcome, Instant at, String by, @Nullable String why, @Nullable String basis) {
        return new JointTask(id, department, departmentName, division, dueOn, outcome, at, by, why, basis);
    }

    JointTask due(LocalDate newDue) {
        return new JointTask(id, department, departmentName, division, newDue, state, decidedAt, decidedBy, reasons,
                legalBasis);
    }
}
