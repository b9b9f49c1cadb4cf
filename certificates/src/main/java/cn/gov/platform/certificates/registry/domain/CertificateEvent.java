package cn.gov.platform.certificates.registry.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A business event, kept in the certificate's outbox until relayed to the stream
 * {@code certificates.events}; consumers drop duplicates by {@code eventId}.
 */
public record CertificateEvent(String eventId, String type, String number, String typeCode, String holderSubject,
        Instant occurredAt, @Nullable String reason) {

    public CertificateEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }
}
