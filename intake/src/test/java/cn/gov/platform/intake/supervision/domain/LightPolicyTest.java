package cn.gov.platform.intake.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LightPolicyTest {

    private final WorkingDayCalendar calendar = Fixtures.calendar2026();
    private final LightPolicy policy = new LightPolicy(calendar, 3);

    @Test
    void anItemIsRedFromTheDayAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(policy.light(due, due)).isEqualTo(Light.YELLOW);
        assertThat(policy.light(due, due.plusDays(1))).isEqualTo(Light.RED);
    }

    @Test
    void yellowCountsWorkingDaysSoAHolidayWeekKeepsAnItemGreenLonger() {
        // Wed Sep 30, 2026: Oct 1-7 are off, Oct 8 (Thu), 9 (Fri) and 10 (Sat, a swapped working day) are worked.
        LocalDate today = LocalDate.of(2026, 9, 30);
        assertThat(policy.light(LocalDate.of(2026, 10, 10), today)).isEqualTo(Light.YELLOW);
        assertThat(policy.light(LocalDate.of(2026, 10, 11), today)).as("a Sunday before the 4th working day")
                .isEqualTo(Light.YELLOW);
        assertThat(policy.light(LocalDate.of(2026, 10, 12), today)).isEqualTo(Light.GREEN);
    }

    @Test
    void thresholdsAgreeWithCountingWorkingDaysForEveryDayOfTheYear() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2026, 11, 30));
                today = today.plusDays(1)) {
            LightPolicy.Thresholds t = policy.at(today);
            for (LocalDate due = today.minusDays(3); due.isBefore(today.plusDays(25)); due = due.plusDays(1)) {
                Light expected = due.isBefore(today) ? Light.RED
                        : calendar.workingDaysBetween(today, due) <= 3 ? Light.YELLOW : Light.GREEN;
                assertThat(t.light(due)).as("due %s seen on %s", due, today).isEqualTo(expected);
            }
        }
    }

    @Test
    void beyondThePublishedCalendarEverythingDueThisYearIsYellowRatherThanGuessedGreen() {
        LocalDate today = LocalDate.of(2026, 12, 29);
        assertThat(policy.light(LocalDate.of(2026, 12, 31), today)).isEqualTo(Light.YELLOW);
        assertThat(policy.light(LocalDate.of(2027, 1, 20), today)).isEqualTo(Light.GREEN);
    }

    @Test
    void aMarginOfZeroMakesOnlyTheDueDayYellow() {
        LightPolicy strict = new LightPolicy(calendar, 0);
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(strict.light(today, today)).isEqualTo(Light.YELLOW);
        assertThat(strict.light(today.plusDays(1), today)).isEqualTo(Light.GREEN);
    }
}
