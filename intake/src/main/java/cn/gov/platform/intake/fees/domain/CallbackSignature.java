package cn.gov.platform.intake.fees.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The provider's signature on a callback: HMAC-SHA256 with the provider's secret over the timestamp
 * (epoch seconds, the {@code X-Payment-Timestamp} header), a line feed and the body's exact bytes, sent
 * in hex as {@code X-Payment-Signature}. A callback older than 5 minutes (or more than 5 minutes ahead) is
 * stale whatever its signature; comparison is in constant time.
 */
public final class CallbackSignature {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Why a callback is refused, or that it is not. */
    public enum Check {
        VALID,
        /** No timestamp or signature, or not in their format. */
        MISSING,
        /** The signature does not match the timestamp and body (forged, altered, or another secret). */
        BAD_SIGNATURE,
        /** Signed more than 5 minutes away from now. */
        STALE
    }

    private final byte[] secret;

    public CallbackSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("a payment provider's secret has at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String timestamp, byte[] body) {
        return HexFormat.of().formatHex(mac(timestamp, body));
    }

    public Check check(@Nullable String timestamp, @Nullable String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
                || !signature.matches("[0-9a-fA-F]{64}")) {
            return Check.MISSING;
        }
        byte[] expected = mac(timestamp, body);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.toLowerCase()))) {
            return Check.BAD_SIGNATURE;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, now).abs().compareTo(MAX_AGE) > 0) {
            return Check.STALE;
        }
        return Check.VALID;
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CallbackSignature[***]";
    }
}
