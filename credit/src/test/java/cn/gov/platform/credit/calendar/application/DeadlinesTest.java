package cn.gov.platform.credit.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.ServedYear;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final AtomicBoolean read = new AtomicBoolean();
    private final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(List.of(ServedYear.OFFICIAL_2026
            .calendarYear())), read::get);

    @Test
    void noDeadlineIsComputedBeforeTheOfficialYearsWereReadOnce() {
        assertThatThrownBy(() -> deadlines.due(LocalDate.of(2026, 9, 28), 7)).isInstanceOf(CalendarUnavailable.class)
                .satisfies(e -> assertThat(((CalendarUnavailable) e).userMessage().en()).contains("try again"));
        assertThat(deadlines.isProvisional(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 13))).isTrue();
    }

    @Test
    void onceReadDeadlinesCountOnTheOfficialYearAndSayWhenAProvisionalOneWentIn() {
        read.set(true);

        // 7 working days after Monday 28 September 2026: National Day (1-7 October) is off, Saturday 10 October is worked: Tuesday 13 October.
        assertThat(deadlines.due(LocalDate.of(2026, 9, 28), 7)).isEqualTo(new WorkingDayCalendar.Due(LocalDate.of(2026, 10, 13),
                false));
        assertThat(deadlines.due(LocalDate.of(2026, 12, 24), 10).provisional()).isTrue();
        assertThat(deadlines.isProvisional(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 13))).isFalse();
    }
}
