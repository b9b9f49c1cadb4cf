package cn.gov.platform.notifications.messages.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hours in which non-urgent messages wait (e.g. 22:00 to 07:00 county time). A window may cross
 * midnight; start equal to end means no quiet hours. A message in the window is deferred to its
 * end, never dropped.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public static QuietHours none(ZoneId zone) {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
    }

    public boolean isEnabled() {
        return !start.equals(end);
    }

    /** When a non-urgent message due at {@code now} may go: empty if now, else the window's end. */
    public Optional<Instant> deferUntil(Instant now) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean crossesMidnight = start.isAfter(end);
        if (!crossesMidnight) {
            return !t.isBefore(start) && t.isBefore(end) ? Optional.of(day.atTime(end).atZone(zone).toInstant()) : Optional.empty();
        }
        if (!t.isBefore(start)) {
            return Optional.of(day.plusDays(1).atTime(end).atZone(zone).toInstant());
        }
        if (t.isBefore(end)) {
            return Optional.of(day.atTime(end).atZone(zone).toInstant());
        }
        return Optional.empty();
    }
}
