package cn.gov.platform.intake.followup.domain;

import java.time.Duration;

/**
 * Guessing suffixes must not pay (issue 17): after {@code maxFailures} wrong tries for one case number
 * within {@code window}, every further try for that number, the right suffix too, is refused until the
 * window that began with the first wrong try has passed. Counted per number as typed, whether or not
 * such a case exists, so a lock says nothing about the case.
 */
public record Lockout(int maxFailures, Duration window) {

    public Lockout {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one try and a window");
        }
    }

    /** The rule: 10 wrong tries per case number per hour. */
    public static Lockout standard() {
        return new Lockout(10, Duration.ofHours(1));
    }

    /** What the failures recorded so far allow. */
    public sealed interface Verdict {
    }

    public record Open(int triesLeft) implements Verdict {
    }

    /** @param retryAfter how long until the window ends (at least a second) */
    public record Locked(Duration retryAfter) implements Verdict {
    }

    /**
     * @param failures  wrong tries recorded in the current window
     * @param remaining what is left of the window (as the counter's expiry says); zero or negative when unknown
     */
    public Verdict check(long failures, Duration remaining) {
        if (failures < maxFailures) {
            return new Open((int) (maxFailures - failures));
        }
        Duration wait = remaining.isNegative() || remaining.isZero() || remaining.compareTo(window) > 0 ? window : remaining;
        return new Locked(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    /** Whether the wrong try that brought the count to {@code failures} is the one that locks the number. */
    public boolean locksNow(long failures) {
        return failures == maxFailures;
    }
}
