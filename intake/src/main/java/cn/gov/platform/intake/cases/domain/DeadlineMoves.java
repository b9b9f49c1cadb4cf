package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates one recomputation moved, collected as each part of the case settles its own (issue 14):
 * a date told to the applicant never moves earlier, a staff date follows the calendar either way.
 */
final class DeadlineMoves {

    private final CalendarStamp stamp;
    private final Instant at;
    private final List<DeadlineChange> changes = new ArrayList<>();

    DeadlineMoves(CalendarStamp stamp, Instant at) {
        this.stamp = stamp;
        this.at = at;
    }

    /** The date that stands after the recomputation; a move is kept. A date not set yet simply takes {@code computed}. */
    LocalDate settle(DeadlineChange.Kind kind, @Nullable String ref, @Nullable LocalDate before, LocalDate computed) {
        if (before == null) {
            return computed;
        }
        LocalDate after = kind.settle(before, computed);
        if (!after.equals(before)) {
            changes.add(DeadlineChange.of(kind, ref, before, after, stamp, at));
        }
        return after;
    }

    List<DeadlineChange> changes() {
        return List.copyOf(changes);
    }

    /** Whether a date the applicant was told moved (else only staff dates did). */
    boolean toldTheApplicant() {
        return changes.stream().anyMatch(DeadlineChange::applicantFacing);
    }

    /** The history's note: "期限按 2027 年日历第 1 版重新计算：承诺办结日 2027-01-05 → 2027-01-06；…", and in English. */
    Message historyNote() {
        return HistoryNotes.recomputed(stamp, changes);
    }
}
