package cn.gov.platform.certificates.signing.domain;

import java.time.Instant;

/**
 * A public verification key as published: X.509 SubjectPublicKeyInfo, DER, base64. Retired
 * keys stay published so that certificates they signed still verify.
 */
public record PublishedKey(String keyId, SignatureAlgorithm algorithm, String publicKey, boolean active,
        Instant createdAt) {
}
