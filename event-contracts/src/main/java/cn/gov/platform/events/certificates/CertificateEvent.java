package cn.gov.platform.events.certificates;

import cn.gov.platform.events.PlatformEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event of {@code certificates.events}: what happened to which certificate of whose. Version
 * 1 of every type. {@code reason} is the status change's reason as staff wrote it (never personal
 * data); an issue has none.
 */
public record CertificateEvent(String eventId, Type kind, @Nullable String number, @Nullable String typeCode,
        @Nullable String holderSubject, Instant occurredAt, @Nullable String reason) implements PlatformEvent {

    /** The types of the stream, named as on the stream. */
    public enum Type {
        CertificateIssued, CertificateSuspended, CertificateReinstated, CertificateRevoked;

        public static @Nullable Type named(String name) {
            for (Type t : values()) {
                if (t.name().equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    public CertificateEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** A new event with a fresh id. */
    public static CertificateEvent of(Type kind, String number, String typeCode, String holderSubject, Instant at,
            @Nullable String reason) {
        return new CertificateEvent(UUID.randomUUID().toString(), kind, number, typeCode, holderSubject, at, reason);
    }

    @Override
    public String type() {
        return kind.name();
    }
}
