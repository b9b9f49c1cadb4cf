package cn.gov.platform.intake.fees.application;

import java.time.Instant;

/** The callback ids already handled, so that a replay is refused. */
public interface SeenCallbacks {

    /** Records the id; false when it was seen before. */
    boolean firstTime(String provider, String callbackId, Instant at);
}
