package cn.gov.platform.credit.imports.application;

import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.imports.domain.ImportJob;
import cn.gov.platform.kernel.DomainViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk imports (CSV or JSON lines, up to a million rows and more): the upload is spooled to a
 * local file at once (the request does not wait for the store), a job is recorded, and a worker
 * streams the rows in batches, reporting progress on the job. Penalties carry a publication limit
 * in working days, so they are not taken before the official calendar was read once.
 */
public class ImportService {

    public static final Set<String> KINDS = Set.of("ENTRIES", "PENALTIES");
    public static final Set<String> FORMATS = Set.of("CSV", "JSONL");

    /** Runs an import in the background. */
    public interface Runner {
        void start(ImportJob job, Path file, Actor actor);
    }

    private final ImportJobs jobs;
    private final Runner runner;
    private final Deadlines deadlines;
    private final Clock clock;

    public ImportService(ImportJobs jobs, Runner runner, Deadlines deadlines, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public ImportJob start(Actor actor, String kind, String format, InputStream body) {
        if (!actor.isDepartmentStaff()) {
            throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
        }
        if (!KINDS.contains(kind)) {
            throw DomainViolation.invalid("kind", "INVALID_IMPORT_KIND", "kind 只能是 ENTRIES 或 PENALTIES。",
                    "kind must be ENTRIES or PENALTIES.");
        }
        if (!FORMATS.contains(format)) {
            throw DomainViolation.invalid("Content-Type", "INVALID_IMPORT_FORMAT",
                    "请以 text/csv 或 application/x-ndjson 上传。", "Upload text/csv or application/x-ndjson.");
        }
        if (kind.equals("PENALTIES")) {
            deadlines.requireOfficialYears();
        }
        Path file;
        try {
            file = Files.createTempFile("credit-import-", "." + format.toLowerCase(java.util.Locale.ROOT));
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, format, actor.subject(), ImportJob.State.RUNNING,
                0, 0, 0, 0, List.of(), null, clock.instant(), null);
        jobs.save(job);
        runner.start(job, file, actor);
        return job;
    }

    /** The starter and admins see a job; anyone else: it does not exist. */
    public ImportJob progress(Actor actor, String id) {
        return jobs.byId(id).filter(j -> j.startedBy().equals(actor.subject()) || actor.isAdmin())
                .orElseThrow(() -> DomainViolation.notFound("IMPORT_NOT_FOUND", "未找到该导入任务。", "No such import."));
    }
}
