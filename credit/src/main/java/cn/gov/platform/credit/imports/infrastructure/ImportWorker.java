package cn.gov.platform.credit.imports.infrastructure;

import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.imports.application.ImportJobs;
import cn.gov.platform.credit.imports.application.ImportService;
import cn.gov.platform.credit.imports.domain.CsvLine;
import cn.gov.platform.credit.imports.domain.EntryRow;
import cn.gov.platform.credit.imports.domain.ImportJob;
import cn.gov.platform.credit.imports.domain.RowError;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.application.EntryService;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.lists.infrastructure.ListsConfiguration;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.subjects.domain.NameMask;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import com.mongodb.MongoBulkWriteException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an import file line by line (never whole in memory), validates each row, and writes
 * entries in unordered bulk inserts of {@value #BATCH}; a row whose natural key is already stored
 * counts as "already present" (idempotent re-import). Imported entries emit no per-entry event
 * (a load of existing lists, not new decisions) and reach other instances' indexes by one reload
 * at the end. Progress is saved after every batch.
 */
class ImportWorker implements ImportService.Runner {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final TypeReference<Map<String, Object>> LINE = new TypeReference<>() {
    };
    private final MongoTemplate mongo;
    private final ImportJobs jobs;
    private final EntryService entries;
    private final EntriesInForce index;
    private final PublicityService publicity;
    private final SubjectHasher hasher;
    private final JsonMapper json;
    private final Clock clock;

    ImportWorker(MongoTemplate mongo, ImportJobs jobs, EntryService entries, EntriesInForce index,
            PublicityService publicity, SubjectHasher hasher, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.jobs = jobs;
        this.entries = entries;
        this.index = index;
        this.publicity = publicity;
        this.hasher = hasher;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void start(ImportJob job, Path file, Actor actor) {
        Thread.ofVirtual().name("credit-import-" + job.id()).start(() -> run(job, file, actor));
    }

    private final class Progress {
        long read;
        long accepted;
        long present;
        long rejected;
        final List<RowError> errors = new ArrayList<>();
        final List<ListEntry> batch = new ArrayList<>(BATCH);

        void reject(long row, String field, String code, String zh, String en) {
            rejected++;
            if (errors.size() < ImportJob.MAX_ERRORS) {
                errors.add(new RowError(row, field, code, zh, en));
            }
        }

        ImportJob snapshot(ImportJob job, ImportJob.State state, String failure) {
            return new ImportJob(job.id(), job.kind(), job.format(), job.startedBy(), state, read, accepted, present,
                    rejected, errors, failure, job.startedAt(), state == ImportJob.State.RUNNING ? null : clock.instant());
        }
    }

    void run(ImportJob job, Path file, Actor actor) {
        Progress p = new Progress();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (job.format().equals("CSV") && header == null) {
                    header = CsvLine.split(line).stream().map(String::strip).toList();
                    continue;
                }
                long row = ++p.read;
                Map<String, String> fields;
                try {
                    fields = job.format().equals("CSV") ? byHeader(header, CsvLine.split(line)) : jsonLine(line);
                } catch (RuntimeException e) {
                    p.reject(row, "", "MALFORMED_ROW", "该行格式无法解析。", "The row cannot be parsed.");
                    continue;
                }
                try {
                    if (job.kind().equals("ENTRIES")) {
                        EntryData data = EntryRow.parse(fields, hasher);
                        if (!actor.actsFor(data.issuingDepartment())) {
                            throw DomainViolation.invalid("issuingDepartment", "NOT_ISSUING_DEPARTMENT",
                                    "只能导入本部门的记录。", "You can import only your own department's entries.");
                        }
                        entries.validateListType(data);
                        p.batch.add(ListEntry.list(data, "IMPORT", actor.subject(), clock.instant(), false));
                        if (p.batch.size() == BATCH) {
                            flush(p);
                            jobs.save(p.snapshot(job, ImportJob.State.RUNNING, null));
                        }
                    } else {
                        penalty(fields, actor, p);
                        if (row % BATCH == 0) {
                            jobs.save(p.snapshot(job, ImportJob.State.RUNNING, null));
                        }
                    }
                } catch (DomainViolation e) {
                    p.reject(row, e.field() == null ? "" : e.field(), e.code(), e.userMessage().zh(), e.userMessage().en());
                }
            }
            flush(p);
            if (job.kind().equals("ENTRIES") && p.accepted > 0) {
                index.reloadEverywhere();
            }
            jobs.save(p.snapshot(job, ImportJob.State.DONE, null));
            log.info("Import {} done: {} rows, {} accepted, {} already present, {} rejected", job.id(), p.read,
                    p.accepted, p.present, p.rejected);
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} failed after {} rows: {}", job.id(), p.read, e.toString());
            jobs.save(p.snapshot(job, ImportJob.State.FAILED, e.getClass().getSimpleName()));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Import file {} not deleted: {}", file, e.toString());
            }
        }
    }

    private void penalty(Map<String, String> f, Actor actor, Progress p) {
        String kind = f.getOrDefault("subjectKind", "").strip().toUpperCase(Locale.ROOT);
        SubjectKey key;
        String name = f.getOrDefault("name", "").strip();
        if (kind.equals("LEGAL_PERSON")) {
            key = SubjectKey.legalPerson(new UnifiedSocialCreditCode(f.getOrDefault("creditCode", "").strip()));
        } else if (kind.equals("NATURAL_PERSON")) {
            key = hasher.keyOf(ResidentIdNumber.parse(f.get("idNumber")));
            name = NameMask.person(name);
        } else {
            throw DomainViolation.invalid("subjectKind", "INVALID_SUBJECT_KIND",
                    "主体类型只能是 NATURAL_PERSON 或 LEGAL_PERSON。", "subjectKind must be NATURAL_PERSON or LEGAL_PERSON.");
        }
        LocalDate decided;
        try {
            decided = LocalDate.parse(f.getOrDefault("decisionDate", "").strip());
        } catch (RuntimeException e) {
            throw DomainViolation.invalid("decisionDate", "INVALID_DATE", "decisionDate 应为 YYYY-MM-DD。",
                    "decisionDate must be YYYY-MM-DD.");
        }
        for (String required : List.of("department", "documentNumber", "violation", "content", "legalBasis")) {
            if (f.getOrDefault(required, "").isBlank()) {
                throw DomainViolation.invalid(required, "FIELD_REQUIRED", required + " 为必填项。", required + " is required.");
            }
        }
        PublicityService.Recorded r = publicity.recordPenalty(actor, new PublicityService.PenaltyInput(key, name,
                f.get("department").strip(), f.get("documentNumber").strip(), f.get("violation").strip(),
                f.get("content").strip(), f.get("legalBasis").strip(), decided));
        if (r.created()) {
            p.accepted++;
        } else {
            p.present++;
        }
    }

    private void flush(Progress p) {
        if (p.batch.isEmpty()) {
            return;
        }
        // Two rows of one file with the same natural key: the second is "already present" too.
        Set<String> seen = new HashSet<>();
        List<ListEntry> unique = new ArrayList<>(p.batch.size());
        for (ListEntry e : p.batch) {
            if (seen.add(e.id())) {
                unique.add(e);
            } else {
                p.present++;
            }
        }
        Set<Integer> failed = new HashSet<>();
        try {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "entries");
            bulk.insert(unique);
            bulk.execute();
        } catch (BulkOperationException e) {
            e.getErrors().forEach(err -> failed.add(err.getIndex()));
        } catch (DataIntegrityViolationException e) {
            if (e.getCause() instanceof MongoBulkWriteException bulk) {
                bulk.getWriteErrors().forEach(err -> failed.add(err.getIndex()));
            } else {
                throw e;
            }
        }
        for (int i = 0; i < unique.size(); i++) {
            if (failed.contains(i)) {
                p.present++;
            } else {
                p.accepted++;
                ListsConfiguration.addLocally(index, unique.get(i));
            }
        }
        p.batch.clear();
    }

    private static Map<String, String> byHeader(List<String> header, List<String> values) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            row.put(header.get(i), values.get(i));
        }
        return row;
    }

    private Map<String, String> jsonLine(String line) {
        Map<String, String> row = new HashMap<>();
        json.readValue(line, LINE).forEach((k, v) -> row.put(k, v == null ? "" : String.valueOf(v)));
        return row;
    }
}
