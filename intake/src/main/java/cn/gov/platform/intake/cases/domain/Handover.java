package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One first-contact handover (INT-7) on the record: from which department at which division to which
 * implementation of the item, with the clerk's note, who handed it over and when. {@code requestKey}
 * is the Idempotency-Key the clerk's request carried, so that a retry is recognised as the same
 * handover and changes nothing.
 */
public record Handover(String fromDivision, String fromDepartment, String fromDepartmentName, String toDivision,
        String toDivisionName, String toDepartment, String toDepartmentName, String address, String contact,
        String note, String bySubject, String byName, Instant at, @Nullable String requestKey) {

    /** Whether this handover is the one {@code subject}'s request with {@code key} made. */
    public boolean wasRequestedWith(String subject, String key) {
        return bySubject.equals(subject) && key.equals(requestKey);
    }
}
