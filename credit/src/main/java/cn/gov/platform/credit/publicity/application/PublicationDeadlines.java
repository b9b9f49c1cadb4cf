package cn.gov.platform.credit.publicity.application;

import cn.gov.platform.credit.calendar.application.CalendarChange;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.calendar.application.RecomputesDeadlines;
import cn.gov.platform.credit.common.domain.DueDateChange;
import cn.gov.platform.credit.publicity.domain.Publication;
import cn.gov.platform.credit.publicity.domain.Publications;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Due dates of pending double-publicity obligations (CRE-4: within 7 working days of the decision)
 * when the calendar changed: a staff date, so it follows the calendar either way
 * ({@link Publication#dueRecomputed}); saved with compare-and-set.
 */
public class PublicationDeadlines implements RecomputesDeadlines {

    private static final int PAGE = 200;
    private static final int ATTEMPTS = 3;
    private final Publications publications;
    private final Deadlines deadlines;
    private final int publicityDays;

    public PublicationDeadlines(Publications publications, Deadlines deadlines, int publicityDays) {
        this.publications = publications;
        this.deadlines = deadlines;
        this.publicityDays = publicityDays;
    }

    @Override
    public String name() {
        return "publications";
    }

    @Override
    public int recompute(CalendarChange change) {
        int moved = 0;
        @Nullable String after = null;
        while (true) {
            List<Publication> page = publications.pending(after, PAGE);
            for (Publication publication : page) {
                if (recompute(publication, change)) {
                    moved++;
                }
            }
            if (page.size() < PAGE) {
                return moved;
            }
            after = page.getLast().id();
        }
    }

    private boolean recompute(Publication publication, CalendarChange change) {
        Publication current = publication;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LocalDate start = current.decisionDate();
            if (!change.touches(start, current.dueBy())) {
                return false;
            }
            LocalDate computed = deadlines.due(start, publicityDays).date();
            DueDateChange record = change.record(start, current.dueBy(), computed);
            Optional<Publication> next = current.dueRecomputed(computed, record.calendarYear(), record.calendarVersion(),
                    change.at());
            if (next.isEmpty()) {
                return false;
            }
            if (publications.replace(current, next.get())) {
                return true;
            }
            // Published or moved meanwhile: decide again on what is stored now.
            Optional<Publication> stored = publications.byId(current.id());
            if (stored.isEmpty()) {
                return false;
            }
            current = stored.get();
        }
        return false;
    }
}
