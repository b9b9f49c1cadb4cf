package cn.gov.platform.identity.division.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The division tree, immutable once built. Containment is decided on the tree itself, not on
 * code prefixes, so that a code that merely looks like a child of another is not treated as one
 * unless the data file says so.
 */
public final class DivisionTree {

    private final Map<DivisionCode, Division> byCode;
    private final Map<DivisionCode, List<Division>> children;

    private DivisionTree(Map<DivisionCode, Division> byCode, Map<DivisionCode, List<Division>> children) {
        this.byCode = byCode;
        this.children = children;
    }

    /** Builds the tree; every parent must itself be in the tree and no code may appear twice. */
    public static DivisionTree of(Collection<Division> divisions) {
        Map<DivisionCode, Division> byCode = new HashMap<>();
        for (Division d : divisions) {
            if (byCode.put(d.code(), d) != null) {
                throw new IllegalArgumentException("division " + d.code() + " appears twice");
            }
        }
        Map<DivisionCode, List<Division>> children = new HashMap<>();
        for (Division d : divisions) {
            if (d.parent() != null) {
                if (!byCode.containsKey(d.parent())) {
                    throw new IllegalArgumentException("division " + d.code() + " has unknown parent " + d.parent());
                }
                children.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
            }
        }
        children.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(x -> x.code().value())).toList());
        return new DivisionTree(Map.copyOf(byCode), Map.copyOf(children));
    }

    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(DivisionCode code) {
        return byCode.containsKey(code);
    }

    public List<Division> children(DivisionCode code) {
        return children.getOrDefault(code, List.of());
    }

    /** From the root down to the parent of {@code code}; empty for a root or an unknown code. */
    public List<Division> ancestors(DivisionCode code) {
        List<Division> path = new ArrayList<>();
        Division current = byCode.get(code);
        while (current != null && current.parent() != null) {
            current = byCode.get(current.parent());
            if (current != null) {
                path.addFirst(current);
            }
        }
        return List.copyOf(path);
    }

    /** Whether {@code inner} is {@code outer} or lies anywhere beneath it; unknown codes lie nowhere. */
    public boolean isWithin(DivisionCode inner, DivisionCode outer) {
        Division current = byCode.get(inner);
        if (current == null || !byCode.containsKey(outer)) {
            return false;
        }
        while (current != null) {
            if (current.code().equals(outer)) {
                return true;
            }
            current = current.parent() == null ? null : byCode.get(current.parent());
        }
        return false;
    }

    public int size() {
        return byCode.size();
    }
}
