package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.SupervisionProjection;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.Measure;
import cn.gov.platform.intake.supervision.domain.MonthKey;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.Tally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The read model in four collections:
 * <ul>
 * <li>{@code supervision_sources}: the last contribution applied per source, with its version
 * (compare-and-set on (_id, version), so two instances never both apply a change);</li>
 * <li>{@code supervision_open}: one row per open item, by id (for lists and the warning job);</li>
 * <li>{@code supervision_due}: open items counted per (division, department, kind, due date);</li>
 * <li>{@code supervision_months}: sums per (division, department, month).</li>
 * </ul>
 * Counters move by {@code $inc} upserts keyed by {@code _id}: primary-key writes, which the
 * embedded store answers from its index. Figures read the two counter collections only; their
 * size is departments × due dates and departments × months, whatever the number of cases. The
 * source row is written before the counters move: a crash in between leaves the counters short by
 * one change until the next rebuild (POST /api/intake/supervision/rebuild).
 */
class MongoSupervisionProjection implements SupervisionProjection {

    static final String SOURCES = "supervision_sources";
    static final String OPEN = "supervision_open";
    static final String DUE = "supervision_due";
    static final String MONTHS = "supervision_months";

    private final MongoTemplate mongo;

    MongoSupervisionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(SOURCES).createIndex(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC)
                .unique().named("id_version"));
        mongo.indexOps(OPEN).createIndex(new Index().on("division", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC)
                .named("division_due"));
        mongo.indexOps(DUE).createIndex(new Index().on("division", Sort.Direction.ASC).named("division"));
        mongo.indexOps(MONTHS).createIndex(new Index().on("division", Sort.Direction.ASC).on("month", Sort.Direction.ASC)
                .named("division_month"));
    }

    /** The stored contribution of one source, as a document (java.time's YearMonth has no mapping). */
    record SourceRow(String id, long version, Contribution contribution) {

        Document toDocument() {
            List<Document> months = new ArrayList<>();
            contribution.months().forEach((k, t) -> {
                Document values = new Document();
                t.values().forEach((m, v) -> values.append(m.field(), v));
                months.add(new Document("division", k.division()).append("department", k.department())
                        .append("departmentName", k.departmentName()).append("month", k.month().toString())
                        .append("values", values));
            });
            return new Document("_id", id).append("version", version)
                    .append("open", contribution.open().stream().map(MongoSupervisionProjection::openRow).toList())
                    .append("months", months);
        }

        static SourceRow of(Document d) {
            List<OpenItem> open = d.getList("open", Document.class, List.of()).stream()
                    .map(MongoSupervisionProjection::openItem).toList();
            Map<MonthKey, Tally> months = new HashMap<>();
            for (Document m : d.getList("months", Document.class, List.of())) {
                months.merge(new MonthKey(m.getString("division"), m.getString("department"),
                        m.getString("departmentName"), YearMonth.parse(m.getString("month"))),
                        tally(m.get("values", Document.class)), Tally::plus);
            }
            return new SourceRow(d.getString("_id"), ((Number) d.get("version")).longValue(),
                    new Contribution(open, months));
        }
    }

    static Tally tally(Document d) {
        EnumMap<Measure, Long> values = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            if (d.get(m.field()) instanceof Number n) {
                values.put(m, n.longValue());
            }
        }
        return new Tally(values);
    }

    @Override
    public boolean apply(String source, long version, Contribution contribution) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Document found = mongo.findById(source, Document.class, SOURCES);
            SourceRow before = found == null ? null : SourceRow.of(found);
            if (before != null && before.version() >= version) {
                return false;
            }
            Document after = new SourceRow(source, version, contribution).toDocument();
            try {
                if (before == null) {
                    mongo.insert(after, SOURCES);
                } else if (mongo.findAndReplace(Query.query(Criteria.where("_id").is(source).and("version")
                        .is(before.version())), after, FindAndReplaceOptions.none(), Document.class, SOURCES) == null) {
                    continue; // someone else applied a change in between: look again
                }
            } catch (DuplicateKeyException e) {
                continue;
            }
            Contribution old = before == null ? Contribution.NONE : before.contribution();
            move(old, contribution);
            return true;
        }
        throw new IllegalStateException("supervision source " + source + " kept changing");
    }

    private void move(Contribution before, Contribution after) {
        for (String closed : after.closedSince(before)) {
            mongo.remove(Query.query(Criteria.where("_id").is(closed)), OPEN);
        }
        for (OpenItem item : after.open()) {
            mongo.save(openRow(item), OPEN);
        }
        Map<OpenItem.DueKey, String> names = new HashMap<>();
        before.open().forEach(i -> names.put(i.dueKey(), i.departmentName()));
        after.open().forEach(i -> names.put(i.dueKey(), i.departmentName()));
        after.dueDelta(before).forEach((key, delta) -> incDue(key, names.getOrDefault(key, ""), delta));
        after.monthDelta(before).forEach(this::incMonth);
    }

    private void incDue(OpenItem.DueKey key, String departmentName, long delta) {
        Update u = new Update().inc("count", delta).setOnInsert("division", key.division())
                .setOnInsert("department", key.department()).setOnInsert("kind", key.kind().name())
                .setOnInsert("dueOn", key.dueOn().toString());
        if (!departmentName.isEmpty()) {
            u.setOnInsert("departmentName", departmentName);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(key.id())), u, DUE);
    }

    private void incMonth(MonthKey key, Tally delta) {
        Update u = new Update().setOnInsert("division", key.division()).setOnInsert("department", key.department())
                .setOnInsert("month", key.month().toString()).set("departmentName", key.departmentName());
        delta.values().forEach((m, v) -> u.inc(m.field(), v));
        mongo.upsert(Query.query(Criteria.where("_id").is(key.id())), u, MONTHS);
    }

    private static Document openRow(OpenItem i) {
        Document d = new Document("_id", i.id()).append("kind", i.kind().name()).append("caseId", i.caseId())
                .append("caseNumber", i.caseNumber()).append("itemCode", i.itemCode()).append("itemName", i.itemName())
                .append("division", i.division()).append("department", i.department())
                .append("departmentName", i.departmentName()).append("openedOn", i.openedOn().toString())
                .append("dueOn", i.dueOn().toString()).append("greenChannel", i.greenChannel());
        if (i.step() != null) {
            d.append("step", i.step());
        }
        if (i.holderSubject() != null) {
            d.append("holderSubject", i.holderSubject());
        }
        return d;
    }

    private static OpenItem openItem(Document d) {
        return new OpenItem(d.getString("_id"), ItemKind.valueOf(d.getString("kind")), d.getString("caseId"),
                d.getString("caseNumber"), d.getString("itemCode"), d.getString("itemName"), d.getString("division"),
                d.getString("department"), d.getString("departmentName"), LocalDate.parse(d.getString("openedOn")),
                LocalDate.parse(d.getString("dueOn")), Boolean.TRUE.equals(d.getBoolean("greenChannel")),
                d.getString("step"), d.getString("holderSubject"));
    }

    private static Criteria inScope(String prefix, @Nullable String department) {
        Criteria c = prefix.isEmpty() ? new Criteria() : Criteria.where("division").regex("^" + Pattern.quote(prefix));
        return department == null ? c : c.and("department").is(department);
    }

    @Override
    public List<Figures.MonthRow> months(String prefix, YearMonth from, YearMonth to, @Nullable String department) {
        Query q = Query.query(inScope(prefix, department).and("month").gte(from.toString()).lte(to.toString()));
        List<Figures.MonthRow> rows = new ArrayList<>();
        for (Document d : mongo.find(q, Document.class, MONTHS)) {
            rows.add(new Figures.MonthRow(new MonthKey(d.getString("division"), d.getString("department"),
                    String.valueOf(d.getString("departmentName")), YearMonth.parse(d.getString("month"))),
                    tally(d)));
        }
        return rows;
    }

    @Override
    public List<Figures.DueRow> due(String prefix, @Nullable String department) {
        List<Figures.DueRow> rows = new ArrayList<>();
        for (Document d : mongo.find(Query.query(inScope(prefix, department).and("count").gt(0)), Document.class, DUE)) {
            rows.add(new Figures.DueRow(new OpenItem.DueKey(d.getString("division"), d.getString("department"),
                    ItemKind.valueOf(d.getString("kind")), LocalDate.parse(d.getString("dueOn"))),
                    d.getString("departmentName") == null ? d.getString("department") : d.getString("departmentName"),
                    ((Number) d.get("count")).longValue()));
        }
        return rows;
    }

    @Override
    public List<OpenItem> open(String prefix, @Nullable String department, @Nullable ItemKind kind,
            @Nullable LocalDate dueBy, int limit) {
        Criteria c = inScope(prefix, department);
        if (kind != null) {
            c = c.and("kind").is(kind.name());
        }
        if (dueBy != null) {
            c = c.and("dueOn").lte(dueBy.toString());
        }
        Query q = Query.query(c).with(Sort.by(Sort.Direction.ASC, "dueOn"));
        if (limit < Integer.MAX_VALUE) {
            q.limit(limit);
        }
        return mongo.find(q, Document.class, OPEN).stream().map(MongoSupervisionProjection::openItem).toList();
    }

    @Override
    public Rebuild rebuild() {
        return new BulkRebuild();
    }

    /** Collects sources in memory (their rows are small), then replaces the collections in bulk. */
    private final class BulkRebuild implements Rebuild {
        private final List<Document> sources = new ArrayList<>();
        private final List<Document> open = new ArrayList<>();
        private final Map<OpenItem.DueKey, long[]> due = new HashMap<>();
        private final Map<OpenItem.DueKey, String> dueNames = new HashMap<>();
        private final Map<String, MonthKey> monthKeys = new HashMap<>();
        private final Map<String, Tally> months = new HashMap<>();

        @Override
        public void add(String source, long version, Contribution c) {
            sources.add(new SourceRow(source, version, c).toDocument());
            c.open().forEach(i -> {
                open.add(openRow(i));
                due.computeIfAbsent(i.dueKey(), k -> new long[1])[0]++;
                dueNames.put(i.dueKey(), i.departmentName());
            });
            c.months().forEach((k, t) -> {
                monthKeys.put(k.id(), k);
                months.merge(k.id(), t, Tally::plus);
            });
        }

        @Override
        public long finish() {
            for (String collection : List.of(SOURCES, OPEN, DUE, MONTHS)) {
                mongo.remove(new Query(), collection);
            }
            insertInBatches(SOURCES, sources);
            insertInBatches(OPEN, open);
            List<Document> dueRows = new ArrayList<>();
            due.forEach((k, n) -> dueRows.add(new Document("_id", k.id()).append("division", k.division())
                    .append("department", k.department()).append("kind", k.kind().name())
                    .append("dueOn", k.dueOn().toString()).append("departmentName", dueNames.get(k))
                    .append("count", n[0])));
            insertInBatches(DUE, dueRows);
            List<Document> monthRows = new ArrayList<>();
            months.forEach((id, t) -> {
                MonthKey k = monthKeys.get(id);
                Document d = new Document("_id", id).append("division", k.division()).append("department", k.department())
                        .append("departmentName", k.departmentName()).append("month", k.month().toString());
                t.values().forEach((m, v) -> d.append(m.field(), v));
                monthRows.add(d);
            });
            insertInBatches(MONTHS, monthRows);
            return sources.size();
        }
    }

    /** Adds many more sources to the model in bulk (the benchmark's generator): rows inserted, counters moved. */
    void addInBulk(Map<String, Contribution> contributions) {
        List<Document> rows = new ArrayList<>();
        List<Document> open = new ArrayList<>();
        Map<OpenItem.DueKey, Long> due = new HashMap<>();
        Map<OpenItem.DueKey, String> names = new HashMap<>();
        Map<MonthKey, Tally> months = new HashMap<>();
        contributions.forEach((source, c) -> {
            rows.add(new SourceRow(source, 1, c).toDocument());
            c.open().forEach(i -> {
                open.add(openRow(i));
                due.merge(i.dueKey(), 1L, Long::sum);
                names.put(i.dueKey(), i.departmentName());
            });
            c.months().forEach((k, t) -> months.merge(k, t, Tally::plus));
        });
        insertInBatches(SOURCES, rows);
        insertInBatches(OPEN, open);
        due.forEach((k, n) -> incDue(k, names.get(k), n));
        months.forEach(this::incMonth);
    }

    private <T> void insertInBatches(String collection, List<T> rows) {
        for (int i = 0; i < rows.size(); i += 1000) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            bulk.insert(rows.subList(i, Math.min(rows.size(), i + 1000)));
            bulk.execute();
        }
    }
}
