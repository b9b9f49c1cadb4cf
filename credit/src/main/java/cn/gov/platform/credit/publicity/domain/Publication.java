package cn.gov.platform.credit.publicity.domain;

import cn.gov.platform.credit.common.domain.DueDateChange;
import cn.gov.platform.kernel.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One administrative decision under double publicity (双公示, CRE-4): a permit decision from
 * intake or a penalty record. It must be published within the configured working days of the
 * decision ({@code dueBy}); until the subject's public name is known it stays PENDING, and a
 * publication after {@code dueBy} (or none by then) shows in the overdue report.
 * {@code subjectKey} is internal (classification); {@code publicName} is what the public sees:
 * a person's masked name, an enterprise's full name.
 *
 * <p>{@code dueBy} is a staff date: while the publication is pending, a newly published calendar
 * year moves it either way, and each move is kept in {@code dueByChanges}. {@code version} makes
 * saves compare-and-set (a publication and a recomputation of its date never undo each other).
 */
public record Publication(String id, Kind kind, @Nullable String eventId, @Nullable String applicantSubject,
        @Nullable String subjectKey, @Nullable String publicName, @Nullable String creditCode, @Nullable String itemCode,
        @Nullable String itemName, @Nullable String caseNumber, String decision, @Nullable String content,
        @Nullable String legalBasis, String department, @Nullable String division, @Nullable String documentNumber,
        LocalDate decisionDate, LocalDate dueBy, List<DueDateChange> dueByChanges, State state,
        @Nullable Instant publishedAt, int attempts, Instant receivedAt, long version) {

    /** A permit decision (行政许可) or a penalty (行政处罚). */
    public enum Kind { PERMIT, PENALTY }

    /** PENDING until published. */
    public enum State { PENDING, PUBLISHED }

    public Publication {
        dueByChanges = dueByChanges == null ? List.of() : List.copyOf(dueByChanges);
    }

    public Publication published(@Nullable String subjectKey, String publicName, @Nullable String creditCode,
            Instant at) {
        return new Publication(id, kind, eventId, applicantSubject, subjectKey, publicName, creditCode, itemCode,
                itemName, caseNumber, decision, content, legalBasis, department, division, documentNumber,
                decisionDate, dueBy, dueByChanges, State.PUBLISHED, at, attempts + 1, receivedAt, version + 1);
    }

    public Publication attemptFailed() {
        return new Publication(id, kind, eventId, applicantSubject, subjectKey, publicName, creditCode, itemCode,
                itemName, caseNumber, decision, content, legalBasis, department, division, documentNumber,
                decisionDate, dueBy, dueByChanges, state, publishedAt, attempts + 1, receivedAt, version + 1);
    }

    /**
     * The publication after the calendar changed and its limit computes to {@code computed}: while
     * pending, the date moves to it, later or earlier (a staff date), and the move is recorded; once
     * published, or when the date is the same, nothing changes.
     */
    public Optional<Publication> dueRecomputed(LocalDate computed, int calendarYear, int calendarVersion, Instant at) {
        if (state != State.PENDING || computed.equals(dueBy)) {
            return Optional.empty();
        }
        List<DueDateChange> changes = new ArrayList<>(dueByChanges);
        changes.add(new DueDateChange(dueBy, computed, calendarYear, calendarVersion, at));
        return Optional.of(new Publication(id, kind, eventId, applicantSubject, subjectKey, publicName, creditCode,
                itemCode, itemName, caseNumber, decision, content, legalBasis, department, division, documentNumber,
                decisionDate, computed, changes, state, publishedAt, attempts, receivedAt, version + 1));
    }

    /** Not published by its due date, or published after it (China time). */
    public boolean overdueOn(LocalDate today) {
        if (state == State.PENDING) {
            return today.isAfter(dueBy);
        }
        return publishedAt != null && ChinaTime.dateOf(publishedAt).isAfter(dueBy);
    }
}
