package cn.gov.platform.intake.calendar.application;

import cn.gov.platform.intake.calendar.domain.Recomputation;
import java.util.List;
import java.util.Optional;

/** Where recomputation jobs are kept, one per published year and version. */
public interface Recomputations {

    /** Stores a new job; false when the job for that year and version exists already. */
    boolean create(Recomputation job);

    /** Stores a changed job if nobody changed it since it was read (compare-and-set on its version); false otherwise. */
    boolean save(Recomputation job);

    Optional<Recomputation> find(int year, int calendarVersion);

    /** The jobs not yet done or superseded, oldest first. */
    List<Recomputation> unfinished(int limit);

    /** Every job of a year, by version. */
    List<Recomputation> ofYear(int year);

    /** Ids ({@code year:version}) of every job, to see which publications still need one. */
    List<String> ids();
}
