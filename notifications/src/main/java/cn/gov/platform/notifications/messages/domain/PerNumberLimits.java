package cn.gov.platform.notifications.messages.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Caps on non-urgent messages to one phone number over sliding windows (e.g. 1 per minute, 5 per
 * hour, 10 per day). Given the times of the number's recent sends, says whether one more may go
 * now, or the earliest instant at which it may: the moment enough old sends leave every window.
 */
public record PerNumberLimits(List<Window> windows) {

    /** At most {@code limit} messages in any {@code length}. */
    public record Window(int limit, Duration length) {
        public Window {
            if (limit < 1 || length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a window needs limit >= 1 and a positive length");
            }
        }
    }

    public PerNumberLimits {
        windows = List.copyOf(windows);
    }

    /** The longest window: older sends no longer matter and can be forgotten. */
    public Duration horizon() {
        return windows.stream().map(Window::length).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** Empty if a message may go at {@code now}; else when it may. */
    public Optional<Instant> notBefore(List<Instant> recentSends, Instant now) {
        Instant earliest = null;
        List<Instant> sorted = recentSends.stream().sorted(Comparator.reverseOrder()).toList(); // newest first
        for (Window w : windows) {
            Instant from = now.minus(w.length());
            List<Instant> inWindow = sorted.stream().filter(t -> t.isAfter(from)).toList();
            if (inWindow.size() >= w.limit()) {
                // The send that must leave the window so that one more fits: the limit-th newest.
                Instant leaves = inWindow.get(w.limit() - 1).plus(w.length());
                if (earliest == null || leaves.isAfter(earliest)) {
                    earliest = leaves;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
