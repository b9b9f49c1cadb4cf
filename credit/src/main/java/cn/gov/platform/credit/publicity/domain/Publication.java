package cn.gov.platform.credit.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One administrative decision under double publicity (双公示, CRE-4): a permit decision from
 * intake or a penalty record. It must be published within the configured working days of the
 * decision ({@code dueBy}); until the subject's public name is known it stays PENDING, and a
 * publication after {@code dueBy} (or none by then) shows in the overdue report.
 * {@code subjectKey} is internal (classification); {@code publicName} is what the public sees:
 * a person's masked name, an enterprise's full name.
 */
public record Publication(String id, Kind kind, @Nullable String eventId, @Nullable String applicantSubject,
        @Nullable String subjectKey, @Nullable String publicName, @Nullable String creditCode, @Nullable String itemCode,
        @Nullable String itemName, @Nullable String caseNumber, String decision, @Nullable String content,
        @Nullable String legalBasis, String department, @Nullable String division, @Nullable String documentNumber,
        LocalDate decisionDate, LocalDate dueBy, State state, @Nullable Instant publishedAt, int attempts,
        Instant receivedAt) {

    /** A permit decision (行政许可) or a penalty (行政处罚). */
    public enum Kind { PERMIT, PENALTY }

    /** PENDING until published. */
    public enum State { PENDING, PUBLISHED }

    public Publication published(@Nullable String subjectKey, String publicName, @Nullable String creditCode,
            Instant at) {
        return new Publication(id, kind, eventId, applicantSubject, subjectKey, publicName, creditCode, itemCode,
                itemName, caseNumber, decision, content, legalBasis, department, division, documentNumber,
                decisionDate, dueBy, State.PUBLISHED, at, attempts + 1, receivedAt);
    }

    public Publication attemptFailed() {
        return new Publication(id, kind, eventId, applicantSubject, subjectKey, publicName, creditCode, itemCode,
                itemName, caseNumber, decision, content, legalBasis, department, division, documentNumber,
                decisionDate, dueBy, state, publishedAt, attempts + 1, receivedAt);
    }

    /** Not published by its due date, or published after it (China time). */
    public boolean overdueOn(LocalDate today) {
        if (state == State.PENDING) {
            return today.isAfter(dueBy);
        }
        return publishedAt != null && LocalDate.ofInstant(publishedAt, java.time.ZoneId.of("Asia/Shanghai")).isAfter(dueBy);
    }
}
