package cn.gov.platform.intake.supervision.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The supervisor's figures (SUP-2) for a scope and a span of months: totals, per department, per
 * level (county, township, village) and per month; and the lights of everything open now. They are
 * computed from the read model's rows only (one per department-month, one per department, kind
 * and due date), never from the cases, so their cost does not grow with the number of cases.
 */
public record Figures(String scope, DivisionCode.Level level, LocalDate today, YearMonth from, YearMonth to,
        Summary total, List<Department> departments, List<Level> levels, List<Month> months) {

    /** One department-month of sums. */
    public record MonthRow(MonthKey key, Tally tally) {
    }

    /** Open items of one department and kind due on one day. */
    public record DueRow(OpenItem.DueKey key, String departmentName, long count) {
    }

    /** Counts of open items by light, and by kind and light. */
    public record Lights(long green, long yellow, long red, Map<ItemKind, Map<Light, Long>> byKind) {

        static Lights of(List<DueRow> rows, LightPolicy.Thresholds thresholds) {
            Map<ItemKind, Map<Light, Long>> byKind = new EnumMap<>(ItemKind.class);
            long[] sums = new long[3];
            for (DueRow r : rows) {
                Light light = thresholds.light(r.key().dueOn());
                sums[light.ordinal()] += r.count();
                byKind.computeIfAbsent(r.key().kind(), k -> new EnumMap<>(Light.class)).merge(light, r.count(),
                        Long::sum);
            }
            return new Lights(sums[0], sums[1], sums[2], byKind);
        }
    }

    /** The figures of SUP-2 derived from sums; a rate is null when there is nothing to divide by. */
    public record Summary(long decided, @Nullable Double onTimeRate, @Nullable Double immediateShare,
            @Nullable Double averageWorkingDays, long tasksDecided, @Nullable Double tasksOnTimeRate,
            long deemedApprovals, long ratings, @Nullable Double averageRating, @Nullable Double satisfiedRate,
            long dissatisfied, long followUpsHandled, long complaints, long complaintsAnswered,
            @Nullable Double complaintsOnTimeRate, long petitions, long petitionsAnswered,
            @Nullable Double petitionsOnTimeRate, long hotlineTickets, long hotlineAnswered,
            @Nullable Double hotlineOnTimeRate, @Nullable Double hotlineAverageRating, Lights open) {

        static Summary of(Tally t, Lights open) {
            long decided = t.get(Measure.DECIDED);
            return new Summary(decided, ratio(t.get(Measure.ON_TIME), decided), ratio(t.get(Measure.IMMEDIATE), decided),
                    ratio(t.get(Measure.WORKING_DAYS), decided), t.get(Measure.TASKS_DECIDED),
                    ratio(t.get(Measure.TASKS_ON_TIME), t.get(Measure.TASKS_DECIDED)), t.get(Measure.DEEMED),
                    t.get(Measure.RATINGS), ratio(t.get(Measure.RATING_POINTS), t.get(Measure.RATINGS)),
                    ratio(t.get(Measure.SATISFIED), t.get(Measure.RATINGS)), t.get(Measure.DISSATISFIED),
                    t.get(Measure.FOLLOW_UPS_HANDLED), t.get(Measure.COMPLAINTS), t.get(Measure.COMPLAINTS_ANSWERED),
                    ratio(t.get(Measure.COMPLAINTS_ON_TIME), t.get(Measure.COMPLAINTS_ANSWERED)),
                    t.get(Measure.PETITIONS), t.get(Measure.PETITIONS_ANSWERED),
                    ratio(t.get(Measure.PETITIONS_ON_TIME), t.get(Measure.PETITIONS_ANSWERED)),
                    t.get(Measure.HOTLINE_TICKETS), t.get(Measure.HOTLINE_ANSWERED),
                    ratio(t.get(Measure.HOTLINE_ON_TIME), t.get(Measure.HOTLINE_ANSWERED)),
                    ratio(t.get(Measure.HOTLINE_RATING_POINTS), t.get(Measure.HOTLINE_RATINGS)), open);
        }

        private static @Nullable Double ratio(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
        }
    }

    public record Department(String division, String department, String departmentName, DivisionCode.Level level,
            Summary figures) {
    }

    public record Level(DivisionCode.Level level, Summary figures) {
    }

    /** A month's figures; lights are of today, so a month carries none. */
    public record Month(YearMonth month, Summary figures) {
    }

    /**
     * Figures from rows already limited to the scope (and department, if one was asked for); month
     * rows outside {@code from..to} are ignored.
     */
    public static Figures compute(DivisionScope scope, LightPolicy.Thresholds thresholds, YearMonth from, YearMonth to,
            List<MonthRow> monthRows, List<DueRow> dueRows) {
        List<MonthRow> inSpan = monthRows.stream().filter(r -> !r.key().month().isBefore(from)
                && !r.key().month().isAfter(to) && scope.includes(r.key().division())).toList();
        List<DueRow> due = dueRows.stream().filter(r -> scope.includes(r.key().division())).toList();
        Lights noLights = new Lights(0, 0, 0, Map.of());

        Map<String, String[]> departmentIds = new TreeMap<>();
        inSpan.forEach(r -> departmentIds.put(r.key().division() + "|" + r.key().department(),
                new String[] {r.key().division(), r.key().department(), r.key().departmentName()}));
        due.forEach(r -> departmentIds.putIfAbsent(r.key().division() + "|" + r.key().department(),
                new String[] {r.key().division(), r.key().department(), r.departmentName()}));

        List<Department> departments = new ArrayList<>();
        for (var e : departmentIds.entrySet()) {
            String[] d = e.getValue();
            Tally t = sum(inSpan.stream().filter(r -> r.key().division().equals(d[0])
                    && r.key().department().equals(d[1])).toList());
            Lights l = Lights.of(due.stream().filter(r -> r.key().division().equals(d[0])
                    && r.key().department().equals(d[1])).toList(), thresholds);
            departments.add(new Department(d[0], d[1], d[2], DivisionScope.levelOf(d[0]), Summary.of(t, l)));
        }

        List<Level> levels = new ArrayList<>();
        for (DivisionCode.Level level : DivisionCode.Level.values()) {
            List<MonthRow> m = inSpan.stream().filter(r -> DivisionScope.levelOf(r.key().division()) == level).toList();
            List<DueRow> d = due.stream().filter(r -> DivisionScope.levelOf(r.key().division()) == level).toList();
            if (!m.isEmpty() || !d.isEmpty()) {
                levels.add(new Level(level, Summary.of(sum(m), Lights.of(d, thresholds))));
            }
        }

        Map<YearMonth, List<MonthRow>> byMonth = group(inSpan, r -> r.key().month());
        List<Month> months = byMonth.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Month(e.getKey(), Summary.of(sum(e.getValue()), noLights))).toList();

        departments.sort(Comparator.comparing(Department::division).thenComparing(Department::department));
        return new Figures(scope.prefix(), scope.division().level(), thresholds.today(), from, to,
                Summary.of(sum(inSpan), Lights.of(due, thresholds)), departments, levels, months);
    }

    private static Tally sum(List<MonthRow> rows) {
        Tally t = Tally.ZERO;
        for (MonthRow r : rows) {
            t = t.plus(r.tally());
        }
        return t;
    }

    private static <K> Map<K, List<MonthRow>> group(List<MonthRow> rows, Function<MonthRow, K> key) {
        Map<K, List<MonthRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }
}
