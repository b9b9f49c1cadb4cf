package cn.gov.platform.notifications.messages.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates delivery receipts: the provider signs the exact request body with HMAC-SHA256
 * under the secret shared with it, and sends {@code X-Signature: sha256=<hex>}. The receipt
 * path is public (providers hold no platform token), so this signature is its only credential.
 */
public class ReceiptSignatures {

    private final Map<String, String> secretByProvider;

    public ReceiptSignatures(Map<String, String> secretByProvider) {
        this.secretByProvider = Map.copyOf(secretByProvider);
    }

    public boolean isAuthentic(String provider, byte[] body, @Nullable String signatureHeader) {
        String secret = secretByProvider.get(provider);
        if (secret == null || signatureHeader == null || !signatureHeader.startsWith("sha256=")) {
            return false;
        }
        byte[] expected = hmac(secret, body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring("sha256=".length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    public static String hmacHex(String secret, String body) {
        return HexFormat.of().formatHex(hmac(secret, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
