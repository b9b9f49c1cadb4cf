package cn.gov.platform.intake.calendar.web;

import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import cn.gov.platform.kernel.calendar.HolidayPeriod;
import cn.gov.platform.kernel.calendar.Notice;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
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

    /** A holiday with its names, so that no reader shows a code. */
    record HolidayName(Holiday code, String zh, String en) {
        static HolidayName of(Holiday h) {
            return new HolidayName(h, h.zh(), h.en());
        }
    }

    record PeriodView(List<HolidayName> holidays, String nameZh, String nameEn, LocalDate from, LocalDate to) {
        static PeriodView of(HolidayPeriod p) {
            return new PeriodView(p.holidays().stream().map(HolidayName::of).toList(), p.nameZh(), p.nameEn(), p.from(),
                    p.to());
        }
    }

    /**
     * One year as the platform counts it. {@code provisional} is true while no official year is
     * published: the year is derived from the statutory rules and has no swapped working days.
     */
    record YearView(int year, CalendarYear.Basis basis, boolean provisional, int version, @Nullable Notice notice,
            List<PeriodView> holidays, SortedSet<LocalDate> swappedWorkingDays, @Nullable String publishedBy,
            @Nullable Instant publishedAt) {
        static YearView of(CalendarYear y) {
            return new YearView(y.year(), y.basis(), y.isProvisional(), y.version(), y.notice(),
                    y.holidays().stream().map(PeriodView::of).toList(), y.swappedWorkingDays(), y.publishedBy(),
                    y.publishedAt());
        }
    }

    @GetMapping("/{year}")
    YearView year(@PathVariable @Min(value = WorkingDayCalendar.FIRST_YEAR, message = "年份不早于 1949 | the year is 1949 or later")
            @Max(value = WorkingDayCalendar.LAST_YEAR, message = "年份不晚于 2100 | the year is 2100 or earlier") int year) {
        return YearView.of(calendar.year(year));
    }

    /** {@code provisional}: a year derived from the statutory rules went into the result, which may move when it is published. */
    record WorkingDaysAfter(LocalDate date, int days, LocalDate result, boolean provisional) {
    }

    /** "N working days after date D": the date on which the Nth working day after D falls. */
    @GetMapping("/working-days-after")
    WorkingDaysAfter workingDaysAfter(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam @Min(value = 0, message = "工作日数不能为负 | days cannot be negative")
            @Max(value = 365, message = "工作日数不超过 365 | at most 365 days") int days) {
        WorkingDayCalendar.Due due = calendar.due(date, days);
        return new WorkingDaysAfter(date, days, due.date(), due.provisional());
    }

    record DayView(LocalDate date, boolean workingDay, boolean provisional) {
    }

    @GetMapping("/days/{date}")
    DayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new DayView(date, calendar.isWorkingDay(date), calendar.year(date.getYear()).isProvisional());
    }
}
