package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.supervision.domain.Light;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import cn.gov.platform.intake.supervision.domain.WarningAudience.Audience;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Where warnings are recorded, each with a DeadlineWarning event per member of staff to tell. */
public interface DeadlineWarnings {

    /** Whether {@code item} was already warned of at {@code light} for its current due date. */
    boolean warned(OpenItem item, Light light);

    /**
     * Records that {@code item} turned {@code light} for its current due date, with one event per
     * recipient (subject and why they are told; none: one event to the department as a whole); false
     * when it already was (so each item is warned once per light and due date, however often the job
     * runs and however many instances run it).
     */
    boolean warnOnce(OpenItem item, Light light, Map<String, Audience> recipients, LocalDate today, Instant at);
}
