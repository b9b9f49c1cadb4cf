package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The recorded consent behind a mandate.
 *
 * @param attestation the agent's statement for in-person consent (who was present, which document was seen)
 * @param givenAt     when consent was complete; null while an app confirmation is pending
 */
public record Consent(ConsentMethod method, @Nullable String attestation, @Nullable Instant givenAt) {

    public Consent {
        Objects.requireNonNull(method);
        if (method == ConsentMethod.IN_PERSON && (attestation == null || attestation.isBlank()
                || attestation.length() > 500)) {
            throw DomainViolation.invalid("attestation", "ATTESTATION_REQUIRED", Message.of(
                    "当面授权须由代办员填写见证说明（不超过 500 字）。",
                    "In-person consent needs the agent's attestation (at most 500 characters)."));
        }
    }
}
