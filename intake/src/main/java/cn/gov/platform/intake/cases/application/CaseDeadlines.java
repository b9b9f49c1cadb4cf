package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.calendar.application.OpenDeadlines;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Cases as holders of deadlines for the recomputation after a publication (issue 14): their promised
 * and statutory due dates, their joint tasks and tolerated materials. Each case is recomputed by its
 * aggregate ({@link Case#recompute}) and saved with the usual compare-and-set, with the event in the
 * same write; a case someone changes at the same moment is read again and recomputed again.
 */
public class CaseDeadlines implements OpenDeadlines {

    private static final int ATTEMPTS = 3;

    private final CaseStore store;
    private final CatalogueService catalogue;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;

    public CaseDeadlines(CaseStore store, CatalogueService catalogue, WorkingDayCalendar calendar, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public String source() {
        return "cases";
    }

    @Override
    public List<String> candidates(int year, @Nullable String afterId, int limit) {
        return store.withOpenDeadlines(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), afterId, limit);
    }

    @Override
    public Outcome recompute(String id, CalendarStamp stamp) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Case> found = store.find(new CaseId(id));
            if (found.isEmpty() || !found.get().deadlinesTouch(stamp.year())) {
                return Outcome.NOT_TOUCHED;
            }
            Case c = found.get();
            List<DeadlineChange> changes = c.recompute(stamp, calendar, taskLimits(c.snapshot()), clock.instant());
            if (changes.isEmpty()) {
                return Outcome.UNCHANGED;
            }
            try {
                store.save(c);
                meters.counter("intake.cases.events", "type", c.pendingEvents().getLast().type(), "division",
                        c.snapshot().handling().division()).increment();
                return Outcome.CHANGED;
            } catch (CaseStore.ConcurrentChange e) {
                // Changed a moment ago by someone at work on it: read it again and recompute that.
            }
        }
        return Outcome.BUSY;
    }

    /** Each joint department's limit, from the item version the case was filed under (versions never change). */
    private Map<String, Integer> taskLimits(CaseSnapshot s) {
        if (!s.joint().isJoint()) {
            return Map.of();
        }
        return catalogue.version(s.item().code(), s.item().version()).jointDepartments().stream()
                .collect(Collectors.toMap(JointDepartment::department, d -> d.limit().value(), (a, b) -> a));
    }
}
