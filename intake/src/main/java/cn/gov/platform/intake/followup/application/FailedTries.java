package cn.gov.platform.intake.followup.application;

import java.time.Duration;

/** Wrong tries per case number, shared by every instance (Redis), each count expiring with its window. */
public interface FailedTries {

    /** The wrong tries in the current window and what is left of it. */
    Count of(String reference);

    /** Records one wrong try; the first one starts a window of {@code window}. Returns the count after it. */
    long record(String reference, Duration window);

    record Count(long failures, Duration remaining) {
    }
}
