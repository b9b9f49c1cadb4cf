package cn.gov.platform.intake.calendar.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The durable job that brings every open deadline touching a year onto a newly published version
 * of it (collection {@code calendar_recomputations}, one per year and version). It works through
 * the holders of deadlines ({@code source}: cases, then complaints) in id order and remembers how
 * far it got ({@code cursor}), so an instance that crashes leaves it to the next one to resume;
 * recomputing an item twice on the same version changes nothing, so resuming is safe.
 *
 * @param id       {@code year:calendarVersion}
 * @param version  optimistic-locking counter of the job document
 * @param source   the holder being worked through (null before the first)
 * @param cursor   the id of the last item done in {@code source} (null: from the start)
 * @param examined open items whose clock touches the year, examined so far
 * @param changed  of those, how many had a date moved
 */
public record Recomputation(String id, long version, int year, int calendarVersion, RecomputationState state,
        @Nullable String source, @Nullable String cursor, long examined, long changed, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    public static String idOf(int year, int calendarVersion) {
        return year + ":" + calendarVersion;
    }

    public static Recomputation open(CalendarStamp stamp, Instant at) {
        return new Recomputation(idOf(stamp.year(), stamp.version()), 0, stamp.year(), stamp.version(),
                RecomputationState.PENDING, null, null, 0, 0, at, null, null);
    }

    public CalendarStamp stamp() {
        return new CalendarStamp(year, calendarVersion);
    }

    /** Started by an instance, at the first of {@code sources}; a running job is taken over as it is. */
    public Recomputation start(List<String> sources, Instant at) {
        if (state == RecomputationState.RUNNING) {
            return this;
        }
        require(RecomputationState.RUNNING);
        return new Recomputation(id, version, year, calendarVersion, RecomputationState.RUNNING,
                sources.isEmpty() ? null : sources.getFirst(), null, examined, changed, createdAt, at, null);
    }

    /** Items up to {@code lastId} of the current source are done. */
    public Recomputation advance(String lastId, long examinedMore, long changedMore) {
        requireRunning();
        return new Recomputation(id, version, year, calendarVersion, state, source, lastId, examined + examinedMore,
                changed + changedMore, createdAt, startedAt, null);
    }

    /** The current source is done: on to the next of {@code sources}, or finished after the last. */
    public Recomputation sourceDone(List<String> sources, Instant at) {
        requireRunning();
        int index = source == null ? -1 : sources.indexOf(source);
        if (index + 1 >= sources.size()) {
            require(RecomputationState.DONE);
            return new Recomputation(id, version, year, calendarVersion, RecomputationState.DONE, source, cursor,
                    examined, changed, createdAt, startedAt, at);
        }
        return new Recomputation(id, version, year, calendarVersion, state, sources.get(index + 1), null, examined,
                changed, createdAt, startedAt, null);
    }

    /** A newer version of the year was published: its own job does the work. */
    public Recomputation supersede(Instant at) {
        require(RecomputationState.SUPERSEDED);
        return new Recomputation(id, version, year, calendarVersion, RecomputationState.SUPERSEDED, source, cursor,
                examined, changed, createdAt, startedAt, at);
    }

    private void requireRunning() {
        if (state != RecomputationState.RUNNING) {
            throw new IllegalStateException("Recomputation " + id + " is " + state + ", not running");
        }
    }

    private void require(RecomputationState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Recomputation " + id + " cannot move from " + state + " to " + next);
        }
    }
}
