package cn.gov.platform.e2e.authorization;

import cn.gov.platform.testkit.Api;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The run's figures: cells per class of answer, those that failed, probes and list checks. */
final class Tally {

    private final Map<String, Map<Expectation.Kind, Integer>> cells = new TreeMap<>();
    private final Map<String, Integer> failed = new TreeMap<>();
    /** Cells of class ok that a business rule or validation answered, by answer: for a person to look over. */
    private final Map<String, Set<String>> refusals = new TreeMap<>();
    private int okAnswered2xx;
    private int okAnsweredRefusal;
    private int pinned;
    private int probes;
    private int listChecks;
    private int rows;
    private int operations;

    synchronized void cell(String where, String row, String caller, Expectation expected, Api.Reply reply,
            boolean met) {
        cells.computeIfAbsent(where, w -> new EnumMap<>(Expectation.Kind.class)).merge(expected.kind(), 1, Integer::sum);
        if (!met) {
            failed.merge(where, 1, Integer::sum);
        } else if (expected.kind() == Expectation.Kind.OK) {
            if (expected.code() != null) {
                pinned++;
            }
            if (reply.status() / 100 == 2) {
                okAnswered2xx++;
            } else {
                okAnsweredRefusal++;
                if (expected.code() == null) {
                    refusals.merge(reply.status() + " " + Expectation.codeOf(reply), new TreeSet<>(Set.of(row + " as "
                            + caller)), (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
            }
        }
    }

    synchronized void probe() {
        probes++;
    }

    synchronized void listCheck() {
        listChecks++;
    }

    synchronized void table(int operations, int rows) {
        this.operations = operations;
        this.rows = rows;
    }

    synchronized String summary(int callers, int requests, int waits, long millis) {
        StringBuilder out = new StringBuilder("Authorization matrix: ");
        int total = 0;
        for (Map<Expectation.Kind, Integer> byKind : cells.values()) {
            total += byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
        out.append(operations).append(" operations in ").append(rows).append(" rows x ").append(callers)
                .append(" callers, and the internal ones again at the services' own ports: ").append(total)
                .append(" cells");
        cells.forEach((where, byKind) -> {
            out.append("\n  ").append(where.equals("gateway") ? "through the gateway" : "at the service's own port")
                    .append(": ").append(byKind.values().stream().mapToInt(Integer::intValue).sum()).append(" cells");
            byKind.forEach((kind, n) -> out.append(", ").append(kind.label).append(' ').append(n));
            out.append("; failed ").append(failed.getOrDefault(where, 0));
        });
        out.append("\n  ok cells answered 2xx: ").append(okAnswered2xx).append(", a 4xx business or validation answer: ")
                .append(okAnsweredRefusal).append(" (").append(pinned).append(" of them pinned to a problem code)");
        refusals.forEach((answer, where) -> out.append("\n    ok as ").append(answer).append(": ")
                .append(String.join("; ", where)));
        out.append("\n  existence probes: ").append(probes).append(", list checks: ").append(listChecks)
                .append(", requests sent (fixtures included): ").append(requests)
                .append(", answers 429/503 waited out: ").append(waits)
                .append(", time: ").append(millis / 1000).append(" s");
        return out.toString();
    }
}
