package cn.gov.platform.certificates.signing.domain;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** A signature together with the id of the key that made it, so it can be checked after keys rotate. */
public record Signature(String keyId, SignatureAlgorithm algorithm, byte[] value) {

    public Signature {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        value = value.clone();
        if (value.length == 0) {
            throw new IllegalArgumentException("An empty signature");
        }
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    public String base64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.keyId.equals(keyId) && s.algorithm == algorithm
                && Arrays.equals(s.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, algorithm, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "Signature[" + keyId + ", " + algorithm + "]";
    }
}
