package cn.gov.platform.intake.calendar.application;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feature that holds deadlines counted on the calendar (cases with their joint tasks and tolerated
 * materials; complaints) and recomputes them when a year is published. The recomputation job calls
 * each in turn; each item is saved with the feature's own compare-and-set, so two passes over the same
 * calendar version change nothing the second time.
 */
public interface OpenDeadlines {

    /** What one item's recomputation came to. */
    enum Outcome {
        /** A date moved; recorded in the item's history. */
        CHANGED,
        /** Its clock touches the year but every date stands. */
        UNCHANGED,
        /** Closed, decided, or its clock does not touch the year. */
        NOT_TOUCHED,
        /** Someone changed the item at the same moment, several times over: try again later. */
        BUSY
    }

    /** The name of this source in the job's progress: {@code cases}, {@code complaints}. */
    String source();

    /** Ids of open items whose clock may touch {@code year}, in id order after {@code afterId}. */
    List<String> candidates(int year, @Nullable String afterId, int limit);

    /** Recomputes one item on the calendar as it is now, which the caller has checked is {@code stamp}. */
    Outcome recompute(String id, CalendarStamp stamp);
}
