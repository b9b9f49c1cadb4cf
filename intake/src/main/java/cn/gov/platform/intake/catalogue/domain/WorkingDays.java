package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;

/** A number of working days on the official calendar; 0 means "the same day". */
public record WorkingDays(int value) implements Comparable<WorkingDays> {

    /** Longer than any statutory limit in the catalogue; anything above is a typing error. */
    static final int MAX = 365;

    public WorkingDays {
        if (value < 0 || value > MAX) {
            throw DomainViolation.invalid("workingDays", "INVALID_WORKING_DAYS",
                    "工作日数须在 0 到 365 之间。", "A number of working days lies between 0 and 365.");
        }
    }

    public static WorkingDays of(int value) {
        return new WorkingDays(value);
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(value, other.value);
    }
}
