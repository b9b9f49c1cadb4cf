package cn.gov.platform.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates of acts are dates in China: a case accepted at 23:30 UTC was accepted the next morning in
 * Tongxin. The one place the platform names its time zone.
 */
public final class ChinaTime {

    /** The zone's id, for the places that need a constant string (annotation attributes). */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ChinaTime() {
    }

    /** Today in China, by the injected clock (never the wall clock directly). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The date in China on which an instant falls. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
