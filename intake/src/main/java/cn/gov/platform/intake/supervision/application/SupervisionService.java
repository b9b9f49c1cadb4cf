package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.complaints.domain.ComplaintContribution;
import cn.gov.platform.intake.ratings.domain.RatingContribution;
import cn.gov.platform.intake.supervision.domain.CaseContribution;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.DivisionScope;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Electronic supervision (SUP-1, SUP-2): keeps the read model current from events, answers the
 * supervisor's figures and lists, rebuilds the model from the sources, and warns departments of
 * items turning yellow or red.
 */
public class SupervisionService {

    /** Event types whose source is a rating or a complaint rather than a case. */
    private static final java.util.Set<String> RATING_EVENTS = java.util.Set.of("CaseRated", "RatingFollowUpOpened",
            "RatingFollowUpHandled");
    private static final java.util.Set<String> COMPLAINT_EVENTS = java.util.Set.of("ComplaintFiled",
            "ComplaintExtended", "ComplaintAnswered");

    private final SupervisionProjection projection;
    private final SupervisedSources sources;
    private final Supervisors supervisors;
    private final DeadlineWarnings warnings;
    private final LightPolicy lights;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;

    public SupervisionService(SupervisionProjection projection, SupervisedSources sources, Supervisors supervisors,
            DeadlineWarnings warnings, LightPolicy lights, WorkingDayCalendar calendar, Clock clock,
            MeterRegistry meters) {
        this.projection = projection;
        this.sources = sources;
        this.supervisors = supervisors;
        this.warnings = warnings;
        this.lights = lights;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
    }

    public LocalDate today() {
        return clock.instant().atZone(Case.ZONE).toLocalDate();
    }

    public LightPolicy lights() {
        return lights;
    }

    // --- keeping the model current -----------------------------------------------------------------

    /**
     * Brings the model up to date with the source an event names: the case (every case event),
     * the rating (rating events) or the complaint (complaint events), reloaded from its store so
     * that nothing depends on the event's payload. Warnings change nothing and are ignored.
     */
    public void onEvent(String type, @Nullable String caseId, Map<String, String> payload) {
        if (RATING_EVENTS.contains(type) && caseId != null) {
            refreshRating(caseId);
        } else if ((COMPLAINT_EVENTS.contains(type) || type.equals("DeadlinesRecomputed"))
                && payload.get("complaintId") != null) {
            // A complaint's answer date recomputed after a publication carries the complaint, not a case change.
            refreshComplaint(payload.get("complaintId"));
        } else if (caseId != null && !type.equals("DeadlineWarning")) {
            // Any other event of a case (whatever the workflow calls it) may change its lights or figures.
            refreshCase(caseId);
        }
    }

    public void refreshCase(String caseId) {
        sources.caseById(caseId).ifPresent(c -> projection.apply(caseSource(c.id()), c.version(),
                CaseContribution.of(c, calendar)));
    }

    public void refreshRating(String caseId) {
        sources.rating(caseId).ifPresent(r -> projection.apply(ratingSource(r.id()), r.version(),
                RatingContribution.of(r)));
    }

    public void refreshComplaint(String id) {
        sources.complaint(id).ifPresent(c -> projection.apply(complaintSource(c.id()), c.version(),
                ComplaintContribution.of(c)));
    }

    static String caseSource(String id) {
        return "case:" + id;
    }

    static String ratingSource(String id) {
        return "rating:" + id;
    }

    static String complaintSource(String id) {
        return "complaint:" + id;
    }

    /** Recomputes the whole model from every case, rating and complaint (admin). */
    public long rebuild(Caller caller) {
        if (!caller.hasRole("admin")) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "ADMIN_ROLE_REQUIRED",
                    Message.of("仅管理员可以重建监察数据。", "Only an administrator may rebuild the supervision data."));
        }
        return rebuildAll();
    }

    public long rebuildAll() {
        SupervisionProjection.Rebuild rebuild = projection.rebuild();
        sources.eachCase(c -> rebuild.add(caseSource(c.id()), c.version(), CaseContribution.of(c, calendar)));
        sources.eachRating(r -> rebuild.add(ratingSource(r.id()), r.version(), RatingContribution.of(r)));
        sources.eachComplaint(c -> rebuild.add(complaintSource(c.id()), c.version(), ComplaintContribution.of(c)));
        return rebuild.finish();
    }

    // --- reading ------------------------------------------------------------------------------------

    public Figures figures(Caller caller, @Nullable YearMonth from, @Nullable YearMonth to, @Nullable String department) {
        DivisionScope scope = supervisors.scopeOf(caller);
        LocalDate today = today();
        YearMonth until = to != null ? to : YearMonth.from(today);
        YearMonth since = from != null ? from : YearMonth.of(until.getYear(), 1);
        if (since.isAfter(until) || since.plusMonths(120).isBefore(until)) {
            throw DomainViolation.invalid("from", "INVALID_PERIOD", "起止月份无效（起始不晚于截止，跨度不超过 10 年）。",
                    "The period is invalid (from must not be after to; at most 10 years).");
        }
        Timer.Sample sample = Timer.start(meters);
        try {
            return Figures.compute(scope, lights.at(today), since, until,
                    projection.months(scope.prefix(), since, until, department),
                    projection.due(scope.prefix(), department));
        } finally {
            sample.stop(meters.timer("intake.supervision.figures"));
        }
    }

    /** An open item with its light today. */
    public record LitItem(OpenItem item, Light light) {
    }

    /** Open items in the caller's scope, optionally only those at a light, earliest due first. */
    public List<LitItem> items(Caller caller, @Nullable Light light, @Nullable ItemKind kind,
            @Nullable String department, int limit) {
        DivisionScope scope = supervisors.scopeOf(caller);
        LightPolicy.Thresholds t = lights.at(today());
        LocalDate dueBy = light == Light.RED ? t.today().minusDays(1) : light == Light.YELLOW ? t.yellowUntil() : null;
        int capped = Math.clamp(limit, 1, 500);
        // Red and yellow items are the earliest due, so a limit on the earliest suffices for them.
        return projection.open(scope.prefix(), department, kind, dueBy, light == Light.GREEN ? 100_000 : capped).stream()
                .map(i -> new LitItem(i, t.light(i.dueOn()))).filter(i -> light == null || i.light() == light)
                .limit(capped).toList();
    }

    // --- warnings ------------------------------------------------------------------------------------

    /**
     * Warns departments of every item yellow or red today that they have not been warned of at
     * that light (SUP-1); returns how many warnings were recorded.
     */
    public int warnDepartments() {
        LightPolicy.Thresholds t = lights.at(today());
        int warned = 0;
        for (OpenItem item : projection.open("", null, null, t.yellowUntil(), Integer.MAX_VALUE)) {
            Light light = t.light(item.dueOn());
            if (light != Light.GREEN && warnings.warnOnce(item, light, t.today(), clock.instant())) {
                warned++;
                meters.counter("intake.supervision.warnings", "light", light.name()).increment();
            }
        }
        return warned;
    }
}
