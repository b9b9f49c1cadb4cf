package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the data exchange answered when asked for another department's record about the applicant
 * (CAT-3: 数据多跑路，群众少跑腿).
 */
public sealed interface RecordFetch {

    /**
     * The department holds the record: it stands in for the material. {@code departmentName} is the exchange's,
     * none where it named none (the case then names the department as the catalogue does).
     */
    record Found(String reference, @Nullable String summary, String department, @Nullable String departmentName)
            implements RecordFetch {
    }

    /** The department holds no such record for the applicant, who then hands the material in. */
    record NotHeld(String department, @Nullable String departmentName) implements RecordFetch {
    }

    /** Nobody could say (the exchange unreachable or not configured): asked again before acceptance and decisions. */
    record Unavailable(String why) implements RecordFetch {
    }
}
