package cn.gov.platform.kernel.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stretch during which the deadline clock stood still because the applicant was asked to
 * supplement materials (INT-6). {@code resumed} is null while the request is still open.
 */
public record Pause(LocalDate paused, @Nullable LocalDate resumed) {

    public boolean isOpen() {
        return resumed == null;
    }

    /** Whether the working day {@code date} falls in the pause: after the request, up to the resubmission. */
    public boolean covers(LocalDate date) {
        return date.isAfter(paused) && (resumed == null || !date.isAfter(resumed));
    }
}
