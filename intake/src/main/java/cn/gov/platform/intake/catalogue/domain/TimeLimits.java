package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import org.jspecify.annotations.Nullable;

/**
 * The statutory limit (法定时限) and the shorter promised limit (承诺时限) of an item (CAT-1,
 * CAT-2), and the acceptance limit (受理时限, issue 17): within how many working days an online
 * submission must be accepted or refused. A promise longer than the law allows would be no promise,
 * so it cannot be built.
 *
 * @param acceptance absent in items stored before it existed: {@link #DEFAULT_ACCEPTANCE}
 */
public record TimeLimits(WorkingDays statutory, WorkingDays promised, @Nullable WorkingDays acceptance) {

    /** What an item that names no acceptance limit allows: two working days. */
    public static final WorkingDays DEFAULT_ACCEPTANCE = WorkingDays.of(2);

    /** The longest acceptance limit: a submission waiting longer than a fortnight is not being examined. */
    static final int MAX_ACCEPTANCE = 10;

    public TimeLimits {
        if (acceptance == null) {
            acceptance = DEFAULT_ACCEPTANCE;
        }
        if (acceptance.value() < 1 || acceptance.value() > MAX_ACCEPTANCE) {
            throw DomainViolation.invalid("acceptanceDays", "INVALID_ACCEPTANCE_LIMIT",
                    "受理时限须在 1 到 " + MAX_ACCEPTANCE + " 个工作日之间。",
                    "The acceptance limit lies between 1 and " + MAX_ACCEPTANCE + " working days.");
        }
        if (promised.compareTo(statutory) > 0) {
            throw DomainViolation.invalid("limits.promised", "PROMISED_EXCEEDS_STATUTORY",
                    "承诺时限不得超过法定时限。", "The promised limit may not exceed the statutory limit.");
        }
    }

    public static TimeLimits of(int statutory, int promised) {
        return new TimeLimits(WorkingDays.of(statutory), WorkingDays.of(promised), null);
    }

    public static TimeLimits of(int statutory, int promised, @Nullable Integer acceptance) {
        return new TimeLimits(WorkingDays.of(statutory), WorkingDays.of(promised),
                acceptance == null ? null : WorkingDays.of(acceptance));
    }
}
