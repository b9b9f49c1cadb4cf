package cn.gov.platform.credit.measures.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list types and every version of every measure. On a given day the version in effect is
 * the highest one whose {@code validFrom} has come; lookups by list type are precomputed so a
 * check does no searching.
 */
public final class MeasureCatalogue {

    private final Map<String, ListType> listTypes = new HashMap<>();
    private final List<Measure> all;
    private final Map<String, List<Measure>> byListType = new HashMap<>();

    public MeasureCatalogue(Collection<ListType> types, Collection<Measure> measures) {
        types.forEach(t -> listTypes.put(t.code(), t));
        this.all = List.copyOf(measures);
        for (Measure m : measures) {
            if (!listTypes.containsKey(m.listType())) {
                throw DomainViolation.invalid("listType", "UNKNOWN_LIST_TYPE", "措施引用了未知的名单类型：" + m.listType(),
                        "Measure " + m.id() + " names an unknown list type " + m.listType());
            }
            if (m.kind().incentive() != (listTypes.get(m.listType()).colour() == ListColour.RED)) {
                throw DomainViolation.invalid("kind", "MEASURE_COLOUR_MISMATCH", "激励措施只能用于红名单，惩戒措施只能用于黑名单。",
                        "Measure " + m.id() + ": incentives belong to red lists, restrictions to black lists.");
            }
            byListType.computeIfAbsent(m.listType(), k -> new ArrayList<>()).add(m);
        }
    }

    public Optional<ListType> listType(String code) {
        return Optional.ofNullable(listTypes.get(code));
    }

    public Collection<ListType> listTypes() {
        return listTypes.values();
    }

    public List<Measure> allVersions() {
        return all;
    }

    private volatile Effective effective = new Effective(Long.MIN_VALUE, Map.of());

    private record Effective(long epochDay, Map<String, List<Measure>> byListType) {
    }

    /** Every list type's measures in effect on {@code date}, computed once per day (the hot path reads this). */
    public Map<String, List<Measure>> effectiveOn(LocalDate date) {
        Effective e = effective;
        if (e.epochDay() != date.toEpochDay()) {
            Map<String, List<Measure>> map = new HashMap<>();
            listTypes.keySet().forEach(t -> map.put(t, inEffect(t, date)));
            e = new Effective(date.toEpochDay(), Map.copyOf(map));
            effective = e;
        }
        return e.byListType();
    }

    /** The measures in effect on {@code date} for a list type, one version each. */
    public List<Measure> inEffect(String listType, LocalDate date) {
        Map<String, Measure> current = new HashMap<>();
        for (Measure m : byListType.getOrDefault(listType, List.of())) {
            if (!m.validFrom().isAfter(date)) {
                current.merge(m.id(), m, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return current.values().stream().sorted(Comparator.comparing(Measure::id)).toList();
    }
}
