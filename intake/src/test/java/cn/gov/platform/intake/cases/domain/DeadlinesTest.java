package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case's clock (INT-6) on the official 2026 calendar: 10 promised and 20 statutory working days.
 * From Tue Feb 10 the working days are Feb 11, 12, 13, Sat 14 (worked), then after the Spring
 * Festival Feb 24, 25, 26, 27, Sat 28 (worked), Mar 2, 3, ...
 */
class DeadlinesTest {

    static final DeadlineClock CLOCK = Fixtures.clock2026();
    static final LocalDate FEB_10 = LocalDate.parse("2026-02-10");
    static final Deadlines FOOD_PERMIT = Deadlines.of(TimeLimits.of(20, 10));

    @Test
    void theClockStartsAtAcceptanceWithBothDueDatesOnTheWorkingDayCalendar() {
        Deadlines d = FOOD_PERMIT.started(FEB_10, CLOCK);

        assertThat(d.acceptedOn()).isEqualTo(FEB_10);
        assertThat(d.promisedDue()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(d.statutoryDue()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(FOOD_PERMIT.ifAcceptedOn(FEB_10, CLOCK)).isEqualTo(new Deadlines.Due(d.promisedDue(),
                d.statutoryDue()));
        assertThat(FOOD_PERMIT.areOpen(CaseState.SUBMITTED)).as("no clock before acceptance").isFalse();
        assertThat(d.areOpen(CaseState.UNDER_REVIEW)).isTrue();
        assertThat(d.areOpen(CaseState.SUPPLEMENT_REQUESTED)).isTrue();
        assertThat(d.areOpen(CaseState.APPROVED)).isFalse();
    }

    @Test
    void aPauseStopsTheClockAndTheResumptionMovesBothDatesByTheWorkingDaysItStoodStill() {
        Deadlines paused = FOOD_PERMIT.started(FEB_10, CLOCK).paused(LocalDate.parse("2026-02-12"));

        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.promisedDue()).isNull();
        assertThat(paused.statutoryDue()).isNull();
        DeadlineClock.Deadline now = paused.promised(CLOCK, LocalDate.parse("2026-02-26"));
        assertThat(now.paused()).isTrue();
        assertThat(now.usedWorkingDays()).isEqualTo(2);

        // Resumed Wed Feb 25: Feb 13, 14, 24, 25 did not count; 11, 12, then 26, 27, 28, Mar 2, ... 6.
        Deadlines resumed = paused.resumed(LocalDate.parse("2026-02-25")).recounted(CLOCK, LocalDate.parse("2026-02-25"));
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pauses()).singleElement().satisfies(p -> assertThat(p.resumed())
                .isEqualTo(LocalDate.parse("2026-02-25")));
        assertThat(resumed.promisedDue()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(resumed.resumed(LocalDate.parse("2026-03-01"))).as("no open pause, nothing to end")
                .isEqualTo(resumed);
    }

    @Test
    void aDateIsCountedWithEveryPauseOrOnlyWithThoseThatEnded() {
        Deadlines paused = FOOD_PERMIT.started(FEB_10, CLOCK).paused(LocalDate.parse("2026-02-12"));

        assertThat(paused.dueAfterEndedPauses(5, CLOCK, LocalDate.parse("2026-02-26")))
                .as("as if the open pause had not begun").isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(paused.workingDaysUpTo(LocalDate.parse("2026-02-24"), CLOCK)).isEqualTo(5);
        assertThat(FOOD_PERMIT.started(FEB_10, CLOCK).dueAfter(3, CLOCK, FEB_10)).isEqualTo(LocalDate.parse("2026-02-13"));
    }

    @Test
    void aDecisionOnACaseStoredWithoutDueDatesCountsThemThenAndOtherwiseKeepsThemAsTold() {
        Deadlines told = FOOD_PERMIT.started(FEB_10, CLOCK);
        assertThat(told.withDueDates(CLOCK, LocalDate.parse("2026-03-01"))).isSameAs(told);

        Deadlines stored = new Deadlines(20, 10, FEB_10, null, null, List.of(), List.of());
        assertThat(stored.withDueDates(CLOCK, LocalDate.parse("2026-03-01")).promisedDue())
                .isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void theClockTouchesEveryYearFromItsAcceptanceToItsLatestDateAndEveryLaterYearWhileItStandsStill() {
        Deadlines d = FOOD_PERMIT.started(FEB_10, CLOCK);

        assertThat(d.touch(2025, List.of())).as("before its acceptance").isFalse();
        assertThat(d.touch(2026, List.of())).isTrue();
        assertThat(d.touch(2027, List.of())).isFalse();
        assertThat(d.touch(2027, List.of(LocalDate.parse("2027-01-04")))).as("a task or tolerated date into 2027")
                .isTrue();
        assertThat(d.paused(LocalDate.parse("2026-02-12")).touch(2030, List.of())).isTrue();
        assertThat(FOOD_PERMIT.touch(2026, List.of(LocalDate.parse("2026-03-01")))).as("not accepted").isFalse();
    }

    @Test
    void aPublishedYearMovesTheApplicantsDatesLaterButNeverEarlierAndLeavesAPausedClockAlone() {
        // Accepted Mon Dec 21, 2026 on the provisional 2027: promised Jan 5, statutory Jan 19.
        Deadlines december = FOOD_PERMIT.started(LocalDate.parse("2026-12-21"), CLOCK);
        DeadlineClock later = new DeadlineClock(Fixtures.calendarWith(Fixtures.official2027(1,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4))));
        DeadlineClock earlier = new DeadlineClock(Fixtures.calendarWith(Fixtures.official2027(1,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))));
        Instant at = Instant.parse("2026-12-24T02:00:00Z");

        DeadlineMoves none = new DeadlineMoves(new CalendarStamp(2027, 1), at);
        assertThat(december.recomputed(earlier, LocalDate.parse("2026-12-24"), none)).isEqualTo(december);
        assertThat(none.changes()).isEmpty();

        DeadlineMoves moves = new DeadlineMoves(new CalendarStamp(2027, 1), at);
        Deadlines moved = december.recomputed(later, LocalDate.parse("2026-12-24"), moves);
        assertThat(moved.promisedDue()).isEqualTo(LocalDate.parse("2027-01-06"));
        assertThat(moves.changes()).extracting(DeadlineChange::what, DeadlineChange::to).containsExactly(
                tuple("promised", LocalDate.parse("2027-01-06")), tuple("statutory", LocalDate.parse("2027-01-20")));
        assertThat(moves.toldTheApplicant()).isTrue();
        assertThat(moves.historyNote().zh()).contains("2027 年日历第 1 版", "承诺办结日 2027-01-05 → 2027-01-06")
                .doesNotContain("calendar");
        assertThat(moves.historyNote().en()).contains("2027 calendar, version 1", "promised due date 2027-01-05 → 2027-01-06")
                .doesNotContain("日历");
        assertThat(moved.recording(moves.changes()).changes()).hasSize(2);

        Deadlines paused = december.paused(LocalDate.parse("2026-12-23"));
        assertThat(paused.recomputed(later, LocalDate.parse("2026-12-24"), new DeadlineMoves(new CalendarStamp(2027, 1),
                at))).isSameAs(paused);
    }
}
