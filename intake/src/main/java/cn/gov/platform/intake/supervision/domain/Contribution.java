package cn.gov.platform.intake.supervision.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one source (a case, a rating, a complaint) currently adds to the read model: its open
 * items and its sums per department-month. The projection stores the last contribution of each
 * source and applies only the difference to a new one, so reprocessing an event, or processing
 * them out of order, never counts anything twice.
 */
public record Contribution(List<OpenItem> open, Map<MonthKey, Tally> months) {

    public static final Contribution NONE = new Contribution(List.of(), Map.of());

    public Contribution {
        open = List.copyOf(open);
        Map<MonthKey, Tally> nonZero = new HashMap<>();
        months.forEach((k, t) -> {
            if (!t.isZero()) {
                nonZero.merge(k, t, Tally::plus);
            }
        });
        months = Map.copyOf(nonZero);
    }

    /** Open-item counters to add (+1) or take away (-1) to go from {@code before} to this. */
    public Map<OpenItem.DueKey, Long> dueDelta(Contribution before) {
        Map<OpenItem.DueKey, Long> delta = new HashMap<>();
        before.open.forEach(i -> delta.merge(i.dueKey(), -1L, Long::sum));
        open.forEach(i -> delta.merge(i.dueKey(), 1L, Long::sum));
        delta.values().removeIf(v -> v == 0);
        return delta;
    }

    /** Monthly sums to add to go from {@code before} to this. */
    public Map<MonthKey, Tally> monthDelta(Contribution before) {
        Map<MonthKey, Tally> delta = new HashMap<>();
        before.months.forEach((k, t) -> delta.merge(k, Tally.ZERO.minus(t), Tally::plus));
        months.forEach((k, t) -> delta.merge(k, t, Tally::plus));
        delta.values().removeIf(Tally::isZero);
        return delta;
    }

    /** Open items of {@code before} that this no longer has. */
    public Set<String> closedSince(Contribution before) {
        Set<String> now = new HashSet<>();
        open.forEach(i -> now.add(i.id()));
        Set<String> closed = new HashSet<>();
        before.open.forEach(i -> {
            if (!now.contains(i.id())) {
                closed.add(i.id());
            }
        });
        return closed;
    }
}
