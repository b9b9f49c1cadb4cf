package cn.gov.platform.credit.calendar.application;

import cn.gov.platform.credit.common.domain.DueDateChange;
import cn.gov.platform.kernel.calendar.CalendarYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What changed in the official calendar since open deadlines were last recomputed: the years whose
 * published version differs ({@code changedYears}; null when nothing was ever recomputed, then every
 * year counts as changed), the versions now in force (year to version; a year absent is
 * provisional), and when the recomputation happens.
 */
public record CalendarChange(@Nullable Set<Integer> changedYears, Map<Integer, Integer> versions, Instant at) {

    public CalendarChange {
        changedYears = changedYears == null ? null : Set.copyOf(changedYears);
        versions = Map.copyOf(versions);
    }

    /** Year to version of the official years held, in year order: what a recomputation is recorded against. */
    public static Map<Integer, Integer> stamp(List<CalendarYear> officialYears) {
        Map<Integer, Integer> stamp = new TreeMap<>();
        officialYears.forEach(y -> stamp.put(y.year(), y.version()));
        return stamp;
    }

    /** The change from {@code before} (null: never recomputed) to {@code now}. */
    public static CalendarChange between(@Nullable Map<Integer, Integer> before, Map<Integer, Integer> now, Instant at) {
        if (before == null) {
            return new CalendarChange(null, now, at);
        }
        Set<Integer> changed = new HashSet<>();
        Set<Integer> years = new HashSet<>(before.keySet());
        years.addAll(now.keySet());
        for (int year : years) {
            if (!before.getOrDefault(year, 0).equals(now.getOrDefault(year, 0))) {
                changed.add(year);
            }
        }
        return new CalendarChange(changed, now, at);
    }

    /**
     * Whether {@code now} is older than {@code recorded} in some year: an instance that has not yet
     * read the newest versions (it polls every 2 s) must not recompute with what it holds, or a
     * promise could be moved on stale data. Versions of a year only ever grow.
     */
    public static boolean behind(Map<Integer, Integer> now, Map<Integer, Integer> recorded) {
        return recorded.entrySet().stream().anyMatch(e -> now.getOrDefault(e.getKey(), 0) < e.getValue());
    }

    /**
     * Whether a deadline counted over the days {@code from}..{@code to} can have moved: only if one of
     * them lies in a changed year (outside them the count is the same as before).
     */
    public boolean touches(LocalDate from, LocalDate to) {
        if (changedYears == null) {
            return true;
        }
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (changedYears.contains(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The record of a deadline counted from {@code start} moving from {@code previous} to {@code next}:
     * named by the latest changed year in the span (where the due date usually lies) and its version.
     */
    public DueDateChange record(LocalDate start, LocalDate previous, LocalDate next) {
        LocalDate last = previous.isAfter(next) ? previous : next;
        int year = last.getYear();
        if (changedYears != null) {
            for (int y = last.getYear(); y >= start.getYear(); y--) {
                if (changedYears.contains(y)) {
                    year = y;
                    break;
                }
            }
        }
        return new DueDateChange(previous, next, year, versions.getOrDefault(year, 0), at);
    }
}
