package cn.gov.platform.intake.supervision.domain;

import java.util.EnumMap;
import java.util.Map;

/** Sums of {@link Measure}s: what one source adds to a month, or a month's totals. */
public record Tally(Map<Measure, Long> values) {

    public static final Tally ZERO = new Tally(Map.of());

    public Tally {
        EnumMap<Measure, Long> copy = new EnumMap<>(Measure.class);
        values.forEach((m, v) -> {
            if (v != 0) {
                copy.put(m, v);
            }
        });
        values = Map.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long get(Measure m) {
        return values.getOrDefault(m, 0L);
    }

    public Tally plus(Tally other) {
        return combine(other, 1);
    }

    public Tally minus(Tally other) {
        return combine(other, -1);
    }

    public boolean isZero() {
        return values.isEmpty();
    }

    private Tally combine(Tally other, long sign) {
        EnumMap<Measure, Long> sum = new EnumMap<>(Measure.class);
        sum.putAll(values);
        other.values.forEach((m, v) -> sum.merge(m, sign * v, Long::sum));
        return new Tally(sum);
    }

    /** Adds counts one measure at a time. */
    public static final class Builder {
        private final EnumMap<Measure, Long> values = new EnumMap<>(Measure.class);

        public Builder add(Measure m, long amount) {
            values.merge(m, amount, Long::sum);
            return this;
        }

        public Builder count(Measure m, boolean when) {
            return when ? add(m, 1) : this;
        }

        public Tally build() {
            return new Tally(values);
        }
    }
}
