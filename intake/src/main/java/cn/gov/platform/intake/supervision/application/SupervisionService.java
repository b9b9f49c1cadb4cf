package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.supervision.domain.DivisionScope;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.LightPolicy;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.WarningAudience;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Electronic supervision (SUP-1, SUP-2): keeps the read model current from events, answers the
 * supervisor's figures and lists, rebuilds the model from the sources, and warns departments of
 * items turning yellow or red.
 */
public class SupervisionService {

    private static final Logger log = LoggerFactory.getLogger(SupervisionService.class);

    private final SupervisionProjection projection;
    private final SupervisedSource cases;
    private final List<SupervisedSource> others;
    private final Supervisors supervisors;
    private final DeadlineWarnings warnings;
    private final StaffDirectory directory;
    private final LightPolicy lights;
    private final Clock clock;
    private final MeterRegistry meters;

    /**
     * @param cases  the cases: every event that names a case and no other source's record refreshes it
     * @param others the other features' records (ratings, complaints), asked first about each event
     */
    public SupervisionService(SupervisionProjection projection, SupervisedSource cases, List<SupervisedSource> others,
            Supervisors supervisors, DeadlineWarnings warnings, StaffDirectory directory, LightPolicy lights, Clock clock,
            MeterRegistry meters) {
        this.projection = projection;
        this.cases = cases;
        this.others = List.copyOf(others);
        this.supervisors = supervisors;
        this.warnings = warnings;
        this.directory = directory;
        this.lights = lights;
        this.clock = clock;
        this.meters = meters;
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public LightPolicy lights() {
        return lights;
    }

    // --- keeping the model current -----------------------------------------------------------------

    /**
     * Brings the model up to date with the record an event is about: a rating or a complaint when
     * their feature claims the event, otherwise the case it names; each reloaded from its feature so
     * that nothing depends on the event's payload. Warnings change nothing and are ignored.
     */
    public void onEvent(String type, @Nullable String caseId, Map<String, String> payload) {
        for (SupervisedSource source : others) {
            Optional<String> id = source.about(type, caseId, payload);
            if (id.isPresent()) {
                refresh(source, id.get());
                return;
            }
        }
        cases.about(type, caseId, payload).ifPresent(id -> refresh(cases, id));
    }

    private void refresh(SupervisedSource source, String id) {
        source.find(id).ifPresent(r -> projection.apply(rowOf(source, r.id()), r.version(), r.contribution()));
    }

    /** The read model's key of a record: {@code case:<id>}, {@code rating:<caseId>}, {@code complaint:<id>}. */
    private static String rowOf(SupervisedSource source, String id) {
        return source.kind() + ":" + id;
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
        cases.each(r -> rebuild.add(rowOf(cases, r.id()), r.version(), r.contribution()));
        others.forEach(source -> source.each(r -> rebuild.add(rowOf(source, r.id()), r.version(), r.contribution())));
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
     * Warns of every item yellow or red today not yet warned of at that light (SUP-1): the member of
     * staff holding it, the department's head, for a red one the supervisors above it
     * ({@link WarningAudience}); returns how many warnings were recorded. An item whose recipients
     * identity cannot name now is left for the next round (counted as deferred), never warned to nobody.
     */
    public int warnDepartments() {
        LightPolicy.Thresholds t = lights.at(today());
        Map<WarningAudience.Group, List<String>> asked = new HashMap<>();
        int warned = 0;
        int deferred = 0;
        for (OpenItem item : projection.open("", null, null, t.yellowUntil(), Integer.MAX_VALUE)) {
            Light light = t.light(item.dueOn());
            if (light == Light.GREEN || warnings.warned(item, light)) {
                continue;
            }
            Map<String, WarningAudience.Audience> recipients;
            try {
                recipients = recipientsOf(item, light, asked);
            } catch (StaffDirectory.Unavailable e) {
                deferred++;
                continue;
            }
            if (warnings.warnOnce(item, light, recipients, t.today(), clock.instant())) {
                warned++;
                meters.counter("intake.supervision.warnings", "light", light.name()).increment();
            }
        }
        if (deferred > 0) {
            meters.counter("intake.supervision.warnings.deferred").increment(deferred);
            log.warn("Deadline warnings: {} item(s) left for the next round, identity could not name their recipients",
                    deferred);
        }
        return warned;
    }

    /** Each person once, told as the first audience they fall under (the holder before the head before a supervisor). */
    private Map<String, WarningAudience.Audience> recipientsOf(OpenItem item, Light light,
            Map<WarningAudience.Group, List<String>> asked) {
        Map<String, WarningAudience.Audience> recipients = new LinkedHashMap<>();
        for (WarningAudience.Group group : WarningAudience.of(item, light)) {
            List<String> people = group.subject() != null ? List.of(group.subject())
                    : asked.computeIfAbsent(group, g -> directory.holders(g.role(), g.department(), g.division()));
            people.forEach(p -> recipients.putIfAbsent(p, group.audience()));
        }
        return recipients;
    }
}
