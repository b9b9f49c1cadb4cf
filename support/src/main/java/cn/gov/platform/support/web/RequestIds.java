package cn.gov.platform.support.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id travels in the {@code X-Request-Id} header from the gateway to every service
 * and into every log line (MDC key {@code requestId}). A client-supplied id is kept only when
 * it is short and plain, so it can neither forge log lines nor carry personal data at length.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The incoming id if it is acceptable, otherwise a new one. */
    public static String acceptOrCreate(@Nullable String incoming) {
        if (incoming != null && ACCEPTABLE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
