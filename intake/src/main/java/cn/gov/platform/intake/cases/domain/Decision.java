package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.Message;
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

    /**
     * The reasons in each language: the platform's own words for a joint approval (stored "中文 | English",
     * as every release wrote them) as that pair; a person's words the same in both.
     */
    public Message reasonsText() {
        return EarlierNotes.reasons(reasons, false);
    }
}
