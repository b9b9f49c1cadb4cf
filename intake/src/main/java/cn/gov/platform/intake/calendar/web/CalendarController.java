package cn.gov.platform.intake.calendar.web;

import cn.gov.platform.intake.calendar.domain.CalendarYear;
import cn.gov.platform.intake.calendar.domain.WorkingDayCalendar;
import cn.gov.platform.support.domain.DomainViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The official working-day calendar, public: applicants can check a deadline for themselves. */
@RestController
@Validated
@RequestMapping("/api/intake/calendar")
class CalendarController {

    private final WorkingDayCalendar calendar;

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record YearView(int year, String source, List<CalendarYear.Holiday> holidays, Set<LocalDate> swappedWorkingDays) {
    }

    @GetMapping("/{year}")
    YearView year(@PathVariable int year) {
        CalendarYear y = calendar.year(year).orElseThrow(() -> DomainViolation.notFound("CALENDAR_YEAR_MISSING",
                year + " 年的工作日历尚未发布。", "The calendar for " + year + " has not been published."));
        return new YearView(y.year(), y.source(), y.holidays(), y.swappedWorkingDays());
    }

    record WorkingDaysAfter(LocalDate date, int days, LocalDate result) {
    }

    /** "N working days after date D": the date on which the Nth working day after D falls. */
    @GetMapping("/working-days-after")
    WorkingDaysAfter workingDaysAfter(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam @Min(value = 0, message = "工作日数不能为负 | days cannot be negative")
            @Max(value = 365, message = "工作日数不超过 365 | at most 365 days") int days) {
        return new WorkingDaysAfter(date, days, calendar.plusWorkingDays(date, days));
    }

    record DayView(LocalDate date, boolean workingDay) {
    }

    @GetMapping("/days/{date}")
    DayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new DayView(date, calendar.isWorkingDay(date));
    }
}
