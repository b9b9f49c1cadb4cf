package cn.gov.platform.intake.supervision.domain;

import cn.gov.platform.kernel.calendar.Pause;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.Decision;
import cn.gov.platform.intake.cases.domain.JointTask;
import cn.gov.platform.intake.cases.domain.TaskState;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a case adds to supervision, computed from the case alone so that it can be recomputed at
 * any time (each event, a rebuild) with the same answer.
 *
 * <ul>
 * <li>Open: a submission waiting at the window is one ACCEPTANCE item due the item's acceptance limit
 * after its (re)submission (issue 17). An accepted, undecided case with a running clock is one CASE
 * item due on its promised date, at the department that has it now (the higher one for 上报件); while
 * the clock stands still (supplement requested) it has no due date and is not lit. A chain of several
 * steps adds one STEP item for the step under way: the steps share the promised limit in equal parts,
 * so step k of n is due when the working days left to the promised date are those of the steps after
 * it ({@link #stepDue}); the handler's step is held by whoever accepted the case. Every open joint task
 * is a TASK item of its own department, due on its own date.</li>
 * <li>Months: a decided case counts in the month of its decision at its department: decided,
 * on time (the decision's own flag, INT-6), immediate, working days taken. Each decided joint task
 * counts in the month of its decision at its department: on time, deemed approved.</li>
 * </ul>
 */
public final class CaseContribution {

    private CaseContribution() {
    }

    public static Contribution of(CaseRecord c, WorkingDayCalendar calendar) {
        List<OpenItem> open = new ArrayList<>();
        Map<MonthKey, Tally> months = new HashMap<>();
        String division = c.actingDivision();
        String department = c.actingDepartment();
        String departmentName = c.actingDepartmentName();
        LocalDate waiting = c.awaitingAcceptanceSince();
        if (waiting != null) {
            open.add(new OpenItem(c.id() + "/acceptance", ItemKind.ACCEPTANCE, c.id(), c.number(), c.itemCode(),
                    c.itemName(), division, department, departmentName, waiting,
                    calendar.plusWorkingDays(waiting, c.acceptanceDays()), c.greenChannel(), StaffRole.HANDLER.name(),
                    null));
        }
        if (c.state().isAccepted() && c.promisedDue() != null && c.acceptedOn() != null) {
            open.add(new OpenItem(c.id(), ItemKind.CASE, c.id(), c.number(), c.itemCode(), c.itemName(), division,
                    department, departmentName, c.acceptedOn(), c.promisedDue(), c.greenChannel(), null,
                    c.acceptedBy()));
            StaffRole awaited = c.awaitedStep();
            LocalDate stepOpened = c.stepOpenedOn();
            if (awaited != null && stepOpened != null && c.steps().size() > 1) {
                int index = Math.min(c.stepsTaken(), c.steps().size() - 1);
                LocalDate due = stepDue(c.acceptedOn(), c.promisedDue(), c.pauses(), index, c.steps().size(), calendar);
                open.add(new OpenItem(c.id() + "/step/" + index, ItemKind.STEP, c.id(), c.number(), c.itemCode(),
                        c.itemName(), division, department, departmentName, stepOpened,
                        due.isBefore(stepOpened) ? stepOpened : due, c.greenChannel(), awaited.name(),
                        awaited == StaffRole.HANDLER ? c.acceptedBy() : null));
            }
        }
        for (JointTask t : c.tasks()) {
            if (t.state() == TaskState.OPEN && c.state().isAccepted() && c.acceptedOn() != null) {
                open.add(new OpenItem(c.id() + "/" + t.id(), ItemKind.TASK, c.id(), c.number(), c.itemCode(),
                        c.itemName(), t.division(), t.department(), t.departmentName(), c.acceptedOn(), t.dueOn(),
                        c.greenChannel()));
            } else if (t.state().isDone() && t.decidedAt() != null) {
                LocalDate decided = dateOf(t.decidedAt());
                Tally tally = Tally.builder().add(Measure.TASKS_DECIDED, 1)
                        .count(Measure.TASKS_ON_TIME, !decided.isAfter(t.dueOn()))
                        .count(Measure.DEEMED, t.state() == TaskState.DEEMED_APPROVED).build();
                months.merge(new MonthKey(t.division(), t.department(), t.departmentName(), YearMonth.from(decided)),
                        tally, Tally::plus);
            }
        }
        Decision d = c.decision();
        if (d != null) {
            LocalDate decided = dateOf(d.decidedAt());
            long days = c.acceptedOn() == null ? 0 : workingDaysTaken(c.acceptedOn(), decided, c.pauses(), calendar);
            Tally tally = Tally.builder().add(Measure.DECIDED, 1).count(Measure.ON_TIME, d.onTime())
                    .count(Measure.IMMEDIATE, c.itemClass() == ItemClass.IMMEDIATE).add(Measure.WORKING_DAYS, days)
                    .build();
            months.merge(new MonthKey(division, department, departmentName, YearMonth.from(decided)), tally,
                    Tally::plus);
        }
        return new Contribution(open, months);
    }

    /**
     * When step {@code index} (from 0) of a chain of {@code steps} is due: the promised date less the
     * working days of the steps after it, each step having an equal share of the promised limit (the
     * later steps get the remainder's days). Counted back from the promised date, so a pause that moved
     * the promised date moves the step under way with it. The last step is due on the promised date.
     */
    public static LocalDate stepDue(LocalDate accepted, LocalDate promisedDue, List<Pause> pauses, int index,
            int steps, WorkingDayCalendar calendar) {
        long limit = workingDaysTaken(accepted, promisedDue, pauses, calendar);
        long after = limit * (steps - 1 - index) / steps;
        LocalDate due = promisedDue;
        for (long counted = 0; counted < after; ) {
            due = due.minusDays(1);
            if (calendar.isWorkingDay(due)) {
                counted++;
            }
        }
        return due;
    }

    /** Working days after acceptance up to the decision, those inside a supplement pause not counted (INT-6). */
    public static long workingDaysTaken(LocalDate accepted, LocalDate decided, List<Pause> pauses,
            WorkingDayCalendar calendar) {
        long days = 0;
        for (LocalDate d = accepted.plusDays(1); !d.isAfter(decided); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && !paused(d, pauses)) {
                days++;
            }
        }
        return days;
    }

    private static boolean paused(LocalDate date, List<Pause> pauses) {
        return pauses.stream().anyMatch(p -> date.isAfter(p.paused()) && (p.resumed() == null
                || !date.isAfter(p.resumed())));
    }

    static LocalDate dateOf(Instant at) {
        return ChinaTime.dateOf(at);
    }
}
