package cn.gov.platform.notifications.messages.domain;

import org.jspecify.annotations.Nullable;

/**
 * Classifies a provider's refusal. Only an answer about the message itself is permanent (the
 * number is invalid or the text refused: 400, 404, 422, or an error code saying so); everything
 * about the provider (throttling 429, its own failures 5xx, our credentials 401/403, no answer
 * at all) is transient, because the other provider or a later attempt may succeed.
 */
public final class ProviderFailures {

    private ProviderFailures() {
    }

    /** Error codes that mean "this message can never be delivered", whatever the HTTP status. */
    private static final java.util.Set<String> PERMANENT_CODES = java.util.Set.of("INVALID_NUMBER", "NUMBER_BLOCKED",
            "CONTENT_REFUSED", "UNDELIVERABLE");

    public static FailureKind classify(int httpStatus, @Nullable String errorCode) {
        if (errorCode != null && PERMANENT_CODES.contains(errorCode)) {
            return FailureKind.PERMANENT;
        }
        return switch (httpStatus) {
            case 400, 404, 422 -> FailureKind.PERMANENT;
            default -> FailureKind.TRANSIENT;
        };
    }

    /** No HTTP answer (timeout, refused connection, open breaker). */
    public static FailureKind noAnswer() {
        return FailureKind.TRANSIENT;
    }
}
