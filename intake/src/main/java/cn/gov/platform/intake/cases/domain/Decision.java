package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The decision on a case, with the names INT-9 requires so that responsibility can be assigned:
 * who handled, reviewed and approved it; and whether it came within the promised limit.
 */
public record Decision(Verdict verdict, String reasons, @Nullable String legalBasis, Instant decidedAt,
        @Nullable LocalDate promisedDue, boolean onTime, String handler, @Nullable String reviewer,
        @Nullable String approver) {
}
