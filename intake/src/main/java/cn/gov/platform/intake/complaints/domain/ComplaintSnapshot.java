package cn.gov.platform.intake.complaints.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as stored.
 *
 * @param id             derived from the complainant and the Idempotency-Key of the filing request
 * @param fingerprint    a digest of the filing request, to tell a retry from another complaint
 * @param caseId         the case complained about; null for a complaint about a department
 * @param division       the division of the department complained about
 * @param dueOn          the answer's due date (moved once by an extension)
 * @param answeredBy     login name of whoever answered (department staff or a supervisor)
 * @param deadlineChanges the answer date moved because a calendar year was published, oldest first
 */
public record ComplaintSnapshot(String id, long version, String complainantSubject, String fingerprint,
        @Nullable String caseId, @Nullable String caseNumber, @Nullable String itemCode, String division,
        String department, String departmentName, String text, ComplaintState state, Instant filedAt,
        LocalDate filedOn, LocalDate dueOn, @Nullable String extensionReason, @Nullable String extendedBy,
        @Nullable String answer, @Nullable String answeredBy, @Nullable Instant answeredAt,
        @Nullable LocalDate answeredOn, List<StaffEvent> outbox, boolean outboxPending,
        List<DeadlineChange> deadlineChanges) {

    public ComplaintSnapshot {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
        deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
    }

    public ComplaintSnapshot withVersion(long v) {
        return new ComplaintSnapshot(id, v, complainantSubject, fingerprint, caseId, caseNumber, itemCode, division,
                department, departmentName, text, state, filedAt, filedOn, dueOn, extensionReason, extendedBy, answer,
                answeredBy, answeredAt, answeredOn, outbox, outboxPending, deadlineChanges);
    }

    /** Answered by its due date (only meaningful once answered). */
    public boolean answeredOnTime() {
        return answeredOn != null && !answeredOn.isAfter(dueOn);
    }
}
