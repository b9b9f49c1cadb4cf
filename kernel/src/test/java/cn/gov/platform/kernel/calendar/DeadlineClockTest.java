package cn.gov.platform.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {

    private final DeadlineClock clock = new DeadlineClock(Official2026.calendar());
    private static final LocalDate MON_MAR_2 = LocalDate.parse("2026-03-02");

    @Test
    void withoutPausesTheDeadlineIsTheNthWorkingDay() {
        DeadlineClock.Deadline d = clock.deadline(MON_MAR_2, 5, List.of(), MON_MAR_2);
        assertThat(d.due()).isEqualTo("2026-03-09");
        assertThat(d.paused()).isFalse();
        assertThat(d.usedWorkingDays()).isZero();
    }

    @Test
    void whilePausedThereIsNoDueDateAndTheUsedDaysStopCounting() {
        // Paused on Wed Mar 4 after two working days (Tue 3, Wed 4).
        DeadlineClock.Deadline d = clock.deadline(MON_MAR_2, 5, List.of(new Pause(LocalDate.parse("2026-03-04"), null)),
                LocalDate.parse("2026-03-20"));
        assertThat(d.due()).isNull();
        assertThat(d.paused()).isTrue();
        assertThat(d.usedWorkingDays()).isEqualTo(2);
    }

    @Test
    void aClosedPauseMovesTheDeadlineByTheWorkingDaysItLasted() {
        // Paused Wed Mar 4, resubmitted Wed Mar 11: Thu 5 .. Wed 11 (5 working days) do not count.
        Pause pause = new Pause(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-11"));
        DeadlineClock.Deadline d = clock.deadline(MON_MAR_2, 5, List.of(pause), LocalDate.parse("2026-03-11"));
        // Used: Tue 3, Wed 4 -> then Thu 12, Fri 13, Mon 16.
        assertThat(d.due()).isEqualTo("2026-03-16");
        assertThat(d.usedWorkingDays()).isEqualTo(2);
    }

    @Test
    void aPauseAcrossTheSpringFestivalCostsOnlyTheWorkingDaysInIt() {
        LocalDate accepted = LocalDate.parse("2026-02-10");
        // Without a pause: 11, 12, 13, Sat 14, 24 -> Feb 24.
        assertThat(clock.deadline(accepted, 5, List.of(), accepted).due()).isEqualTo("2026-02-24");
        // Paused Feb 12 to Feb 25: working days 13, 14, 24, 25 are lost; 11, 12 used; then 26, 27, Sat 28.
        Pause pause = new Pause(LocalDate.parse("2026-02-12"), LocalDate.parse("2026-02-25"));
        assertThat(clock.deadline(accepted, 5, List.of(pause), LocalDate.parse("2026-02-25")).due())
                .isEqualTo("2026-02-28");
    }
}
