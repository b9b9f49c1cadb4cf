package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import java.time.Instant;
import java.time.LocalDate;

/** Where warnings to departments are recorded, each with its DeadlineWarning event. */
public interface DeadlineWarnings {

    /**
     * Records that the department was warned of {@code item} at {@code light} for its current due
     * date; false when it already was (so each item is warned once per light and due date, however
     * often the job runs).
     */
    boolean warnOnce(OpenItem item, Light light, LocalDate today, Instant at);
}
