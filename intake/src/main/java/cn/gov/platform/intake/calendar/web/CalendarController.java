package cn.gov.platform.intake.calendar.web;

import cn.gov.platform.intake.calendar.application.CalendarService;
import cn.gov.platform.intake.calendar.domain.Recomputation;
import cn.gov.platform.kernel.calendar.CalendarYear;
import cn.gov.platform.kernel.calendar.Holiday;
import cn.gov.platform.kernel.calendar.HolidayPeriod;
import cn.gov.platform.kernel.calendar.Notice;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.web.Caller;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar. Public: a year as the platform counts it, N working days after a date,
 * one day (applicants can check a deadline for themselves). Administrators: publish an official year
 * from the State Council's notice, see every version of a year and the recomputation of the open
 * deadlines each publication set off.
 */
@RestController
@Validated
@RequestMapping("/api/intake/calendar")
class CalendarController {

    private static final String MIN_YEAR = "年份不早于 1949 | the year is 1949 or later";
    private static final String MAX_YEAR = "年份不晚于 2100 | the year is 2100 or earlier";

    private final WorkingDayCalendar calendar;
    private final CalendarService publishing;

    CalendarController(WorkingDayCalendar calendar, CalendarService publishing) {
        this.calendar = calendar;
        this.publishing = publishing;
    }

    /** A holiday with its names, so that no reader shows a code. */
    record HolidayName(Holiday code, String zh, String en) {
        static HolidayName of(Holiday h) {
            return new HolidayName(h, h.zh(), h.en());
        }
    }

    /** The notice a year comes from (named apart from the cases' notices, which are another thing). */
    record YearNotice(String number, LocalDate date, @Nullable String title) {
        static @Nullable YearNotice of(@Nullable Notice n) {
            return n == null ? null : new YearNotice(n.number(), n.date(), n.title());
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
     * {@code publishedBy} is shown to administrators only.
     */
    record YearView(int year, CalendarYear.Basis basis, boolean provisional, int version, @Nullable YearNotice notice,
            List<PeriodView> holidays, SortedSet<LocalDate> swappedWorkingDays, @Nullable String publishedBy,
            @Nullable Instant publishedAt) {
        static YearView of(CalendarYear y, boolean admin) {
            return new YearView(y.year(), y.basis(), y.isProvisional(), y.version(), YearNotice.of(y.notice()),
                    y.holidays().stream().map(PeriodView::of).toList(), y.swappedWorkingDays(),
                    admin ? y.publishedBy() : null, y.publishedAt());
        }
    }

    @GetMapping("/{year}")
    YearView year(@AuthenticationPrincipal @Nullable Jwt jwt,
            @PathVariable @Min(value = WorkingDayCalendar.FIRST_YEAR, message = MIN_YEAR)
            @Max(value = WorkingDayCalendar.LAST_YEAR, message = MAX_YEAR) int year) {
        return YearView.of(calendar.year(year), CalendarService.isAdmin(caller(jwt)));
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

    // --- publishing (administrators) -----------------------------------------------------------------

    /** How far the recomputation of open deadlines after a publication has got. */
    record RecomputationView(int year, int version, String state, long examined, long changed,
            @Nullable Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {
        static RecomputationView of(CalendarYear y, @Nullable Recomputation r) {
            return r == null ? new RecomputationView(y.year(), y.version(), "PENDING", 0, 0, null, null, null)
                    : new RecomputationView(r.year(), r.calendarVersion(), r.state().name(), r.examined(), r.changed(),
                            r.createdAt(), r.startedAt(), r.finishedAt());
        }
    }

    /** One stored version: what was published, from which notice, by whom and when, and its recomputation. */
    record VersionView(int year, int version, @Nullable YearNotice notice, List<PeriodView> holidays,
            SortedSet<LocalDate> swappedWorkingDays, @Nullable String publishedBy, @Nullable Instant publishedAt,
            boolean current, RecomputationView recomputation) {
        static VersionView of(CalendarService.Version v, boolean current) {
            CalendarYear y = v.year();
            return new VersionView(y.year(), y.version(), YearNotice.of(y.notice()), y.holidays().stream().map(PeriodView::of).toList(),
                    y.swappedWorkingDays(), y.publishedBy(), y.publishedAt(), current,
                    RecomputationView.of(y, v.recomputation()));
        }
    }

    /** Every version of a year, oldest first; {@code items} and {@code count} like every list of the platform. */
    record VersionList(int year, List<VersionView> items, int count) {
    }

    /**
     * Publishes an official year (realm role {@code admin}): 201 with the stored version and its
     * address; every fault at once as 400 problem+json, nothing stored. Publishing a year again stores
     * the next version; with an {@code Idempotency-Key} a retry answers 200 with the version stored first.
     */
    @PostMapping("/years")
    @ApiResponse(responseCode = "201", description = "A new version of the year published")
    @ApiResponse(responseCode = "200", description = "The same publication again: the version it published")
    ResponseEntity<YearView> publish(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody PublicationBody body) {
        Caller caller = Caller.from(jwt);
        CalendarService.requireAdmin(caller);
        CalendarService.Published published = publishing.publish(caller, body.toPublication(), idempotencyKey);
        CalendarYear y = published.year();
        YearView view = YearView.of(y, true);
        return published.created()
                ? ResponseEntity.created(URI.create("/api/intake/calendar/" + y.year() + "/versions/" + y.version()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    /** Every version of a year with its notice, who published it and when, oldest first (administrators). */
    @GetMapping("/{year}/versions")
    VersionList versions(@AuthenticationPrincipal Jwt jwt,
            @PathVariable @Min(value = WorkingDayCalendar.FIRST_YEAR, message = MIN_YEAR)
            @Max(value = WorkingDayCalendar.LAST_YEAR, message = MAX_YEAR) int year) {
        List<CalendarService.Version> versions = publishing.versions(Caller.from(jwt), year);
        int newest = versions.isEmpty() ? 0 : versions.getLast().year().version();
        List<VersionView> views = versions.stream().map(v -> VersionView.of(v, v.year().version() == newest)).toList();
        return new VersionList(year, views, views.size());
    }

    @GetMapping("/{year}/versions/{version}")
    VersionView version(@AuthenticationPrincipal Jwt jwt,
            @PathVariable @Min(value = WorkingDayCalendar.FIRST_YEAR, message = MIN_YEAR)
            @Max(value = WorkingDayCalendar.LAST_YEAR, message = MAX_YEAR) int year,
            @PathVariable @Min(value = 1, message = "版本从 1 开始 | versions start at 1") int version) {
        CalendarService.Version v = publishing.version(Caller.from(jwt), year, version);
        return VersionView.of(v, v.year().version() == calendar.year(year).version());
    }

    /** How far the recomputation after the newest publication of a year has got (administrators). */
    @GetMapping("/years/{year}/recomputation")
    RecomputationView recomputation(@AuthenticationPrincipal Jwt jwt,
            @PathVariable @Min(value = WorkingDayCalendar.FIRST_YEAR, message = MIN_YEAR)
            @Max(value = WorkingDayCalendar.LAST_YEAR, message = MAX_YEAR) int year) {
        CalendarService.Version v = publishing.recomputation(Caller.from(jwt), year);
        return RecomputationView.of(v.year(), v.recomputation());
    }

    private static @Nullable Caller caller(@Nullable Jwt jwt) {
        return jwt == null ? null : Caller.from(jwt);
    }
}
