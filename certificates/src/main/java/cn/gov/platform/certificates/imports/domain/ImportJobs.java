package cn.gov.platform.certificates.imports.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Import jobs and their rows. */
public interface ImportJobs {

    /** Stores a new job with its rows (header first) before any is processed. */
    void create(ImportJob job, List<String> header, List<List<String>> rows);

    Optional<ImportJob> find(String id);

    /** Takes an unfinished job nobody is working on, leased for {@code lease}, so one worker runs it. */
    Optional<ImportJob> claim(Duration lease);

    List<String> header(String jobId);

    /** Rows {@code from} (0-based, header excluded) up to {@code count} of them. */
    List<List<String>> rows(String jobId, int from, int count);

    /**
     * Records one processed batch (the new resume point, the counts, the new errors) in one write,
     * only if the job is still at {@code fromRow}: a worker whose lease ran out and whose batch
     * another worker already recorded changes nothing. Returns whether it was recorded.
     */
    boolean advance(String jobId, int fromRow, int nextRow, int imported, int waiting, int failed,
            List<ImportJob.RowError> newErrors);
}
