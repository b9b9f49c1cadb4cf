package cn.gov.platform.certificates.imports.application;

import cn.gov.platform.certificates.imports.domain.Csv;
import cn.gov.platform.certificates.imports.domain.ImportJob;
import cn.gov.platform.certificates.imports.domain.ImportJobs;
import cn.gov.platform.certificates.imports.domain.LegacyHolders;
import cn.gov.platform.certificates.imports.domain.LegacyRow;
import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import cn.gov.platform.certificates.registry.application.IssueCertificate;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Bulk import of paper-era certificates (CER-4) by staff of the issuing department: every row
 * is checked exactly like a new issue and signed like one, so imported certificates verify like
 * new ones; a bad row is reported with its line and field and does not stop the others. A holder
 * named by identity number or credit code (issue 18, point 3) is resolved by identity when the file
 * arrives: a row whose holder has an account is issued to it, the others wait for their holder
 * ({@code ClaimAwaiting}); the report counts both.
 */
public class ImportCertificates {

    public static final int MAX_ROWS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ImportCertificates.class);
    static final int BATCH = 200;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Set<String> STAFF_ROLES = Set.of("clerk", "approver");
    /** Who may follow an import of their department: its clerks, reviewers and approvers. */
    static final Set<String> FOLLOWING_ROLES = Set.of("clerk", "reviewer", "approver");
    private final ImportJobs jobs;
    private final IssueCertificate issue;
    private final HolderDirectory directory;
    private final Clock clock;
    private final Counter rowsImported;
    private final Counter rowsWaiting;
    private final Counter rowsFailed;

    public ImportCertificates(ImportJobs jobs, IssueCertificate issue, HolderDirectory directory, Clock clock,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.issue = issue;
        this.directory = directory;
        this.clock = clock;
        this.rowsImported = Counter.builder("certificates.import.rows").tag("outcome", "imported").register(meters);
        this.rowsWaiting = Counter.builder("certificates.import.waiting")
                .description("Imported rows whose holder has no account yet").register(meters);
        this.rowsFailed = Counter.builder("certificates.import.rows").tag("outcome", "failed").register(meters);
    }

    /** The staff member starting or following an import. */
    public record Staff(String subject, Set<String> roles, @Nullable String department, @Nullable String division) {
    }

    public ImportJob start(String csv, Staff staff) {
        if (staff.department() == null || staff.division() == null
                || staff.roles().stream().noneMatch(STAFF_ROLES::contains)) {
            throw DomainViolation.notFound("NOT_FOUND", "请求的资源不存在。", "The requested resource does not exist.");
        }
        List<List<String>> records;
        try {
            records = Csv.parse(csv);
        } catch (IllegalArgumentException e) {
            throw DomainViolation.invalid("body", "MALFORMED_CSV", "CSV 文件格式不正确（引号未闭合）。",
                    "The CSV file is malformed (a quote is not closed).");
        }
        if (records.size() < 2) {
            throw DomainViolation.invalid("body", "EMPTY_IMPORT", "文件中没有数据行。", "The file has no data rows.");
        }
        List<String> header = records.getFirst().stream().map(String::trim).toList();
        List<String> missing = LegacyRow.missingColumns(header);
        if (!missing.isEmpty()) {
            throw DomainViolation.invalid("body", "MISSING_COLUMNS", "表头缺少列：" + String.join(", ", missing) + "。",
                    "The header lacks the columns " + String.join(", ", missing) + ".");
        }
        List<List<String>> rows = records.subList(1, records.size());
        if (rows.size() > MAX_ROWS) {
            throw DomainViolation.invalid("body", "TOO_MANY_ROWS", "单个文件最多 " + MAX_ROWS + " 行，请分批导入。",
                    "At most " + MAX_ROWS + " rows per file; split it.");
        }
        LegacyHolders.Prepared prepared;
        try {
            prepared = LegacyHolders.prepare(header, rows, directory, ChinaTime.today(clock));
        } catch (HolderDirectory.Unavailable e) {
            log.warn("Identity cannot resolve the import's holders; nothing was stored: {}", e.toString());
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", Message.of(
                    "身份认证服务暂时无法核对持证人，导入未开始，请稍后重新提交。",
                    "The identity service cannot look the holders up right now; nothing was imported, submit again shortly."));
        }
        Instant now = clock.instant();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), staff.department(), staff.division(),
                staff.subject(), rows.size(), 0, 0, 0, 0, List.of(), now, now);
        jobs.create(job, prepared.header(), prepared.rows());
        return job;
    }

    /** The job, for staff of its department and division only. */
    public ImportJob progress(String id, Staff staff) {
        // Staff of the department at the division, their post confirmed by identity; a token's claims alone are not enough.
        return jobs.find(id)
                .filter(j -> staff.roles().stream().anyMatch(FOLLOWING_ROLES::contains))
                .filter(j -> j.department().equals(staff.department()) && j.division().equals(staff.division()))
                .orElseThrow(() -> DomainViolation.notFound("IMPORT_NOT_FOUND", "没有该导入任务。", "There is no such import."));
    }

    /** Processes one batch of some unfinished job; false when there was nothing to do. */
    public boolean processNextBatch() {
        Optional<ImportJob> claimed = jobs.claim(LEASE);
        if (claimed.isEmpty()) {
            return false;
        }
        ImportJob job = claimed.get();
        List<String> header = jobs.header(job.id());
        List<List<String>> rows = jobs.rows(job.id(), job.nextRow(), BATCH);
        int imported = 0;
        int waiting = 0;
        List<ImportJob.RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = job.nextRow() + i + 2;
            try {
                IssueData data = LegacyRow.toIssue(header, rows.get(i));
                if (!data.issuingDepartment().equals(job.department()) || !data.issuingDivision().equals(job.division())) {
                    throw DomainViolation.invalid("issuingDepartment", "WRONG_ISSUER",
                            "只能导入本部门、本区划颁发的证照。", "Only certificates issued by your own department and division can be imported.");
                }
                IssueCertificate.Issued issued = issue.issue(issue.withDefaults(data));
                imported++;
                if (issued.certificate().holder().awaitingHolder()) {
                    waiting++;
                }
            } catch (DomainViolation e) {
                errors.add(new ImportJob.RowError(line, e.field() == null ? "row" : e.field(), e.code(),
                        e.userMessage().zh() + " | " + e.userMessage().en()));
            }
        }
        if (jobs.advance(job.id(), job.nextRow(), job.nextRow() + rows.size(), imported, waiting, errors.size(),
                errors)) {
            rowsImported.increment(imported);
            rowsWaiting.increment(waiting);
            rowsFailed.increment(errors.size());
        }
        return true;
    }
}
