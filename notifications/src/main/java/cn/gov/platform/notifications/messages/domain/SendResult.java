package cn.gov.platform.notifications.messages.domain;

/** What the providers answered for one message. */
public sealed interface SendResult {

    /** A provider took the message; its id comes back on the delivery receipt. */
    record Accepted(String provider, String providerMessageId) implements SendResult {
    }

    /** Not sent: the dispatcher lost its lease while waiting; whoever holds the message now sends it. */
    record Abandoned() implements SendResult {
    }

    /**
     * No provider is known to have taken it; {@code reason} is a short code such as INVALID_NUMBER
     * or PROVIDERS_UNAVAILABLE. {@code uncertainAt}: the provider the request went to without an
     * answer coming back (a timeout), which may have taken it; only that provider may be asked again
     * (with the same idempotency key), never another one, until it answers.
     */
    record Refused(FailureKind kind, String reason, @org.jspecify.annotations.Nullable String uncertainAt)
            implements SendResult {
        public Refused(FailureKind kind, String reason) {
            this(kind, reason, null);
        }

        public boolean mayHaveBeenSent() {
            return uncertainAt != null;
        }
    }
}
