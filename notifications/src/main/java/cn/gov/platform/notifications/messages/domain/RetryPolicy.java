package cn.gov.platform.notifications.messages.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a transiently failed message again: exponential backoff up to a ceiling, and a
 * permanent failure after {@code maxAttempts}. A permanent failure is never retried.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || initialBackoff.isZero() || multiplier < 1
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry policy needs attempts >= 1, backoff > 0, multiplier >= 1, max >= initial");
        }
    }

    /**
     * The delay before the next attempt after {@code attemptsSoFar} attempts (counting the one that
     * just failed), or empty when the message must be given up.
     */
    public Optional<Duration> nextDelay(int attemptsSoFar, FailureKind kind) {
        if (kind == FailureKind.PERMANENT || attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attemptsSoFar - 1));
        return Optional.of(Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis())));
    }
}
