package cn.gov.platform.certificates.imports.infrastructure;

import cn.gov.platform.certificates.imports.domain.ImportJob;
import cn.gov.platform.certificates.imports.domain.ImportJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A job document (progress, report, lease) and its rows in chunks of {@value #CHUNK}, so that
 * no document approaches the store's size limit and a batch reads one or two chunks.
 */
public final class MongoImportJobs implements ImportJobs {

    static final String JOBS = "imports";
    static final String ROWS = "import_rows";
    static final int CHUNK = 500;
    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoImportJobs(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void create(ImportJob job, List<String> header, List<List<String>> rows) {
        // Rows first: a job is only visible to workers once all its rows are stored.
        for (int start = 0, chunk = 0; start < rows.size(); start += CHUNK, chunk++) {
            mongo.insert(new Document("_id", job.id() + ":" + chunk).append("jobId", job.id()).append("chunk", chunk)
                    .append("rows", rows.subList(start, Math.min(rows.size(), start + CHUNK))), ROWS);
        }
        mongo.insert(new Document("_id", job.id()).append("department", job.department())
                .append("division", job.division()).append("startedBy", job.startedBy())
                .append("totalRows", job.totalRows()).append("nextRow", 0).append("imported", 0).append("waiting", 0).append("failed", 0)
                .append("errors", List.of()).append("header", header).append("finished", job.finished())
                .append("leaseUntil", Instant.EPOCH.toString()).append("startedAt", job.startedAt().toString())
                .append("updatedAt", job.updatedAt().toString()), JOBS);
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, JOBS)).map(MongoImportJobs::read);
    }

    @Override
    public Optional<ImportJob> claim(Duration lease) {
        Instant now = clock.instant();
        // ISO-8601 instants of the same form compare as strings in time order.
        Query free = Query.query(Criteria.where("finished").is(false).and("leaseUntil").lt(now.toString()));
        Document claimed = mongo.findAndModify(free, Update.update("leaseUntil", now.plus(lease).toString()),
                FindAndModifyOptions.options().returnNew(true), Document.class, JOBS);
        return Optional.ofNullable(claimed).map(MongoImportJobs::read);
    }

    @Override
    public List<String> header(String jobId) {
        Document job = mongo.findById(jobId, Document.class, JOBS);
        return job == null ? List.of() : job.getList("header", String.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<List<String>> rows(String jobId, int from, int count) {
        List<List<String>> out = new ArrayList<>();
        int chunk = from / CHUNK;
        int offset = from % CHUNK;
        while (out.size() < count) {
            Document doc = mongo.findById(jobId + ":" + chunk, Document.class, ROWS);
            if (doc == null) {
                break;
            }
            List<List<String>> rows = (List<List<String>>) doc.get("rows");
            for (int i = offset; i < rows.size() && out.size() < count; i++) {
                out.add(rows.get(i));
            }
            chunk++;
            offset = 0;
        }
        return out;
    }

    @Override
    public boolean advance(String jobId, int fromRow, int nextRow, int imported, int waiting, int failed,
            List<ImportJob.RowError> newErrors) {
        Document job = mongo.findById(jobId, Document.class, JOBS);
        boolean finished = job != null && nextRow >= job.getInteger("totalRows");
        // Releasing the lease lets the next batch be claimed at once, here or on another instance.
        Update update = new Update().set("nextRow", nextRow).inc("imported", imported).inc("waiting", waiting).inc("failed", failed)
                .set("finished", finished).set("updatedAt", clock.instant().toString())
                .set("leaseUntil", Instant.EPOCH.toString());
        if (!newErrors.isEmpty()) {
            update.push("errors").each(newErrors.stream().map(e -> new Document("row", e.row())
                    .append("field", e.field()).append("code", e.code()).append("message", e.message())).toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId).and("nextRow").is(fromRow)), update, JOBS)
                .getModifiedCount() == 1;
    }

    private static ImportJob read(Document d) {
        return new ImportJob(d.getString("_id"), d.getString("department"), d.getString("division"),
                d.getString("startedBy"), d.getInteger("totalRows"), d.getInteger("nextRow"), d.getInteger("imported"),
                d.getInteger("waiting", 0), d.getInteger("failed"),
                d.getList("errors", Document.class, List.of()).stream().map(e -> new ImportJob.RowError(
                        e.getInteger("row"), e.getString("field"), e.getString("code"), e.getString("message"))).toList(),
                Instant.parse(d.getString("startedAt")), Instant.parse(d.getString("updatedAt")));
    }
}
