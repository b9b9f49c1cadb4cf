package cn.gov.platform.credit.petitions.application;

import cn.gov.platform.credit.calendar.application.CalendarChange;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.calendar.application.RecomputesDeadlines;
import cn.gov.platform.credit.common.domain.DueDateChange;
import cn.gov.platform.credit.petitions.domain.Petition;
import cn.gov.platform.credit.petitions.domain.PetitionKind;
import cn.gov.platform.credit.petitions.domain.Petitions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answer dates of open objections and repairs when the calendar changed: counted again from the
 * filing, moved only later (the date told to the applicant stands, {@link Petition#dueRecomputed}),
 * saved with compare-and-set so that two instances, or two passes, move a date once.
 */
public class PetitionDeadlines implements RecomputesDeadlines {

    private static final int PAGE = 200;
    private static final int ATTEMPTS = 3;
    private final Petitions petitions;
    private final Deadlines deadlines;
    private final int objectionDays;
    private final int repairDays;

    public PetitionDeadlines(Petitions petitions, Deadlines deadlines, int objectionDays, int repairDays) {
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.objectionDays = objectionDays;
        this.repairDays = repairDays;
    }

    @Override
    public String name() {
        return "petitions";
    }

    @Override
    public int recompute(CalendarChange change) {
        int moved = 0;
        @Nullable String after = null;
        while (true) {
            List<Petition> page = petitions.open(after, PAGE);
            for (Petition petition : page) {
                if (recompute(petition, change)) {
                    moved++;
                }
            }
            if (page.size() < PAGE) {
                return moved;
            }
            after = page.getLast().id();
        }
    }

    private boolean recompute(Petition petition, CalendarChange change) {
        Petition current = petition;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LocalDate start = current.filedOn();
            if (!change.touches(start, current.dueBy())) {
                return false;
            }
            int limit = current.workingDays(current.kind() == PetitionKind.OBJECTION ? objectionDays : repairDays);
            LocalDate computed = deadlines.due(start, limit).date();
            DueDateChange record = change.record(start, current.dueBy(), computed);
            Optional<Petition> next = current.dueRecomputed(computed, record.calendarYear(), record.calendarVersion(),
                    change.at());
            if (next.isEmpty()) {
                return false;
            }
            if (petitions.replace(current, next.get())) {
                return true;
            }
            // Changed meanwhile (decided, or moved by another instance): decide again on what is stored now.
            Optional<Petition> stored = petitions.byId(current.id());
            if (stored.isEmpty()) {
                return false;
            }
            current = stored.get();
        }
        return false;
    }
}
