package cn.gov.platform.credit.imports.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bulk import and its progress: rows read, accepted (new entries), already present (the same
 * natural key imported before: re-imports never duplicate), rejected (with the first
 * {@value #MAX_ERRORS} errors listed), and the state.
 */
public record ImportJob(String id, String kind, String format, String startedBy, State state, long rowsRead,
        long accepted, long alreadyPresent, long rejected, List<RowError> errors, @Nullable String failure,
        Instant startedAt, @Nullable Instant finishedAt) {

    public static final int MAX_ERRORS = 1000;

    /** RUNNING until every row was read; FAILED if the file itself could not be read. */
    public enum State { RUNNING, DONE, FAILED }

    public ImportJob {
        errors = List.copyOf(errors);
    }
}
