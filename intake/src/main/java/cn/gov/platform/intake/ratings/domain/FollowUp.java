package cn.gov.platform.intake.ratings.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up (回访整改) of a poor rating: open until department staff record what they did,
 * due on a working-day date and supervised with a light like a case.
 */
public record FollowUp(LocalDate openedOn, LocalDate dueOn, @Nullable String handledBy, @Nullable String note,
        @Nullable Instant handledAt, @Nullable LocalDate handledOn) {

    static FollowUp open(LocalDate openedOn, LocalDate dueOn) {
        return new FollowUp(openedOn, dueOn, null, null, null, null);
    }

    public boolean isOpen() {
        return handledAt == null;
    }

    /** Handled by its due date (only meaningful once handled). */
    public boolean onTime() {
        return handledOn != null && !handledOn.isAfter(dueOn);
    }

    FollowUp handled(String by, String what, Instant at, LocalDate on) {
        return new FollowUp(openedOn, dueOn, by, what, at, on);
    }
}
