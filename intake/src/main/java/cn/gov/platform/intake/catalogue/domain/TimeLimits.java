package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;

/**
 * The statutory limit (法定时限) and the shorter promised limit (承诺时限) of an item (CAT-1,
 * CAT-2). A promise longer than the law allows would be no promise, so it cannot be built.
 */
public record TimeLimits(WorkingDays statutory, WorkingDays promised) {

    public TimeLimits {
        if (promised.compareTo(statutory) > 0) {
            throw DomainViolation.invalid("limits.promised", "PROMISED_EXCEEDS_STATUTORY",
                    "承诺时限不得超过法定时限。", "The promised limit may not exceed the statutory limit.");
        }
    }

    public static TimeLimits of(int statutory, int promised) {
        return new TimeLimits(WorkingDays.of(statutory), WorkingDays.of(promised));
    }
}
