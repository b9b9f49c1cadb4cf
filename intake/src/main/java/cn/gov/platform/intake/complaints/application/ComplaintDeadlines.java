package cn.gov.platform.intake.complaints.application;

import cn.gov.platform.intake.calendar.application.OpenDeadlines;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.complaints.domain.Complaint;
import cn.gov.platform.intake.complaints.domain.ComplaintSnapshot;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Complaints as holders of deadlines for the recomputation after a publication (issue 14): the answer
 * date of a complaint within its first {@value Complaint#ANSWER_DAYS} working days. Saved with the
 * complaint's compare-and-set; a complaint changed at the same moment is read and recomputed again.
 */
public class ComplaintDeadlines implements OpenDeadlines {

    private static final int ATTEMPTS = 3;

    private final ComplaintStore store;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ComplaintDeadlines(ComplaintStore store, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String source() {
        return "complaints";
    }

    @Override
    public List<String> candidates(int year, @Nullable String afterId, int limit) {
        return store.filedAndDue(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), afterId, limit);
    }

    @Override
    public Outcome recompute(String id, CalendarStamp stamp) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ComplaintSnapshot> found = store.find(id);
            if (found.isEmpty()) {
                return Outcome.NOT_TOUCHED;
            }
            Complaint c = Complaint.restore(found.get());
            if (!c.dueTouches(stamp.year())) {
                return Outcome.NOT_TOUCHED;
            }
            LocalDate computed = calendar.plusWorkingDays(found.get().filedOn(), Complaint.ANSWER_DAYS);
            if (c.recomputeDue(computed, stamp, clock.instant()).isEmpty()) {
                return Outcome.UNCHANGED;
            }
            if (store.save(c)) {
                return Outcome.CHANGED;
            }
        }
        return Outcome.BUSY;
    }
}
