package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A key as stored or configured: public key X.509 DER base64, private key PKCS#8 DER base64
 * (absent for a retired key whose private half was destroyed: it still verifies).
 */
public record KeyMaterial(String keyId, SignatureAlgorithm algorithm, String publicKey,
        @Nullable String privateKey, boolean active, Instant createdAt) {

    @Override
    public String toString() {
        // Never let a private key reach a log line through a careless toString.
        return "KeyMaterial[" + keyId + ", " + algorithm + ", active=" + active + "]";
    }
}
