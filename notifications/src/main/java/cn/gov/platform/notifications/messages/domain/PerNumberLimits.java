package cn.gov.platform.notifications.messages.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Caps on non-urgent messages to one phone number over sliding windows (e.g. 1 per minute, 5 per
 * hour, 10 per day). Given the times of the number's recent sends, says whether one more may go
 * now, or the earliest instant at which it may: the moment enough old sends leave every window.
 */
public record PerNumberLimits(List<Window> windows) {

    /**
     * How late a waiting message may go after its place without moving the one behind it: the
     * dispatcher finds a due message on its next poll, so a message goes a little after its place,
     * and a place planned from another place keeps this much to spare.
     */
    public static final Duration LATE_ALLOWANCE = Duration.ofSeconds(1);

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

    /**
     * The instant a message may go: {@code now} when it may go now, else the place it should wait
     * for. Given the number's recent sends, the places held by other messages waiting for the caps,
     * and the place this message holds, if any.
     * <ul>
     * <li>A message whose place is still ahead waits for it.</li>
     * <li>A message whose place has come, or a new one with nobody waiting ahead of it, is checked
     *     against the sends; when the caps forbid it now, its place is the moment they allow it.</li>
     * <li>A new message with others waiting takes the first place after the last of them, counting
     *     their places as sends, with {@link #LATE_ALLOWANCE} to spare: waiting messages hold one
     *     place each, in order, instead of all being told the same moment (then woken together,
     *     and all but one deferred again).</li>
     * </ul>
     * A place is a plan, not a send: when it comes the message is checked against what was sent,
     * so the caps hold even when a message goes later than its place, or never.
     */
    public Instant place(List<Instant> sent, List<Instant> othersWaiting, Optional<Instant> own, Instant now) {
        if (own.isPresent() && own.get().isAfter(now)) {
            return own.get();
        }
        Optional<Instant> last = othersWaiting.stream().filter(t -> t.isAfter(now)).max(Comparator.naturalOrder());
        if (own.isPresent() || last.isEmpty()) {
            return notBefore(sent, now).orElse(now);
        }
        List<Instant> planned = new ArrayList<>(sent);
        planned.addAll(othersWaiting);
        return notBefore(planned, last.get()).orElse(last.get()).plus(LATE_ALLOWANCE);
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
