package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the result reaches the applicant (INT-12): electronically only, at the window, or by
 * courier with the address and tracking number staff recorded.
 */
public record Delivery(Method method, @Nullable String address, @Nullable String courier,
        @Nullable String trackingNumber, String recordedBy, Instant recordedAt) {

    /** The ways a result can be delivered. */
    public enum Method { ELECTRONIC, WINDOW_PICKUP, COURIER }
}
