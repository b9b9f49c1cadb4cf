package cn.gov.platform.credit.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar() throws Exception {
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/2026.json")) {
            return new WorkingDayCalendar(List.of(JsonMapper.builder().build().readValue(in, CalendarYear.class)));
        }
    }

    @Test
    void sevenWorkingDaysSkipWeekendsAndTheNationalDayHoliday() throws Exception {
        WorkingDayCalendar c = calendar();

        assertThat(c.plusWorkingDays(LocalDate.of(2026, 3, 2), 7)).isEqualTo(LocalDate.of(2026, 3, 11));
        // Decided on Wednesday 30 September: 1-7 October are off (10 October, a Saturday, is worked).
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 30), 7)).isAfter(LocalDate.of(2026, 10, 12));
    }
}
