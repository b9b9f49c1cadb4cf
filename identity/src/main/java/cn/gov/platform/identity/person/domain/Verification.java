package cn.gov.platform.identity.person.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a person's real-name verification stands.
 *
 * @param at     when the last attempt was decided (null while never attempted)
 * @param method how it was done, as the provider names it (e.g. {@code ID_CARD_DATABASE}); null while unverified
 */
public record Verification(VerificationStatus status, @Nullable Instant at, @Nullable String method) {

    public static final Verification NONE = new Verification(VerificationStatus.UNVERIFIED, null, null);

    public Verification {
        Objects.requireNonNull(status);
        if (status != VerificationStatus.UNVERIFIED && (at == null || method == null)) {
            throw new IllegalArgumentException("a decided verification has a time and a method");
        }
    }
}
