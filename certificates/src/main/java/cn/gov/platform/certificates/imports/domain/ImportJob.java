package cn.gov.platform.certificates.imports.domain;

import java.time.Instant;
import java.util.List;

/**
 * A bulk import: who started it for which department and division, how far it has got, and
 * the report of rows that could not be imported. {@code imported} counts every certificate stored,
 * {@code waiting} those of them that wait for their holder's account (issue 18, point 3). {@code nextRow} is the resume point: rows
 * before it are done; a crash between two batches repeats at most one batch, which is harmless
 * because issuing is idempotent per legacy number.
 */
public record ImportJob(String id, String department, String division, String startedBy, int totalRows,
        int nextRow, int imported, int waiting, int failed, List<RowError> errors, Instant startedAt, Instant updatedAt) {

    public ImportJob {
        errors = List.copyOf(errors);
    }

    /** Certificates stored for a holder who has an account. */
    public int issued() {
        return imported - waiting;
    }

    public boolean finished() {
        return nextRow >= totalRows;
    }

    /** A rejected row, 1-based as a spreadsheet shows it (the header is row 1). */
    public record RowError(int row, String field, String code, String message) {
    }
}
