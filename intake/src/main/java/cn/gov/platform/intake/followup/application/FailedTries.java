package cn.gov.platform.intake.followup.application;

import java.time.Duration;

/** Wrong tries per case number, shared by every instance (Redis), each count expiring with its window. */
public interface FailedTries {

    /**
     * Settles one try in one round trip, whatever its outcome, so that a right try costs what a wrong
     * one does: the count before it, and, when the number was not locked already and the try was wrong,
     * one more (the first starting a window of {@code window}).
     *
     * @param limit the count at which the number is locked: a locked number's tries are not counted
     */
    Settled settle(String reference, boolean wrong, int limit, Duration window);

    /** @param remaining what is left of the window (zero when there is none) */
    record Settled(long before, long after, Duration remaining) {
    }
}
