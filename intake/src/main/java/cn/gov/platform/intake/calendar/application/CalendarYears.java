package cn.gov.platform.intake.calendar.application;

import cn.gov.platform.kernel.calendar.CalendarYear;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where published calendar years are kept (intake owns them): one record per year and version,
 * never changed once stored, the old versions kept with who published them and when.
 */
public interface CalendarYears {

    /** A stored version with what identifies the request that published it. */
    record Stored(CalendarYear year, @Nullable String requestId, @Nullable String fingerprint) {
    }

    /** What an insert found. */
    enum Insert {
        STORED,
        /** Another publication took this version of the year first. */
        VERSION_TAKEN,
        /** A request with the same publisher and Idempotency-Key stored a version first. */
        REQUEST_TAKEN
    }

    /**
     * Stores a version of a year.
     *
     * @param requestId   derived from the publisher and the Idempotency-Key; null without a key
     * @param fingerprint a digest of what was published, to tell a retry from another publication
     */
    Insert insert(CalendarYear year, @Nullable String requestId, String fingerprint);

    Optional<Stored> byRequest(String requestId);

    Optional<CalendarYear> newest(int year);

    Optional<CalendarYear> version(int year, int version);

    /** Every version of a year, oldest first. */
    List<CalendarYear> versions(int year);

    /** The newest version of every year held, in year order. */
    List<CalendarYear> newestOfEach();
}
