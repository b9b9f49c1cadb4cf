package cn.gov.platform.notifications.messages.domain;

/** What the providers answered for one message. */
public sealed interface SendResult {

    /** A provider took the message; its id comes back on the delivery receipt. */
    record Accepted(String provider, String providerMessageId) implements SendResult {
    }

    /** No provider took it; {@code reason} is a short code such as INVALID_NUMBER or PROVIDERS_UNAVAILABLE. */
    record Refused(FailureKind kind, String reason) implements SendResult {
    }
}
