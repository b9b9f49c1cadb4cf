package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.person.domain.Sealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per value, and HMAC-SHA256 fingerprints. Both keys are
 * derived from one master key with distinct labels, so the lookup hash cannot be used to decrypt
 * and the ciphertext says nothing about equality. Sealed text is {@code v1:base64(nonce|ct|tag)};
 * the version prefix leaves room for key rotation.
 */
public final class AesGcmSealer implements Sealer {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSealer(String base64MasterKey) {
        byte[] master = Base64.getDecoder().decode(base64MasterKey);
        if (master.length != 32) {
            throw new IllegalArgumentException("identity.data-protection.key must be 32 bytes (base64), was "
                    + master.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "identity/encryption/v1"), "AES");
        this.fingerprintKey = new SecretKeySpec(derive(master, "identity/fingerprint/v1"), "HmacSHA256");
    }

    @Override
    public String seal(String clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ct = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ct.length)
                    .put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("unknown sealing version");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value was altered or sealed under another key", e);
        }
    }

    @Override
    public String fingerprint(String clear) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(fingerprintKey, clear.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] derive(byte[] master, String label) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), label.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
