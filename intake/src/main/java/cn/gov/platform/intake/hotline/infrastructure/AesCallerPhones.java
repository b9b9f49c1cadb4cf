package cn.gov.platform.intake.hotline.infrastructure;

import cn.gov.platform.intake.hotline.application.CallerPhones;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Callers' phones: HMAC-SHA256 for the lookup key and AES-256-GCM for the sealed number, both under keys
 * derived from one configured secret (a pepper the store never holds).
 */
class AesCallerPhones implements CallerPhones {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec macKey;
    private final SecretKeySpec aesKey;

    AesCallerPhones(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the hotline key must have at least 16 characters");
        }
        this.macKey = new SecretKeySpec(derive(secret, "hotline-phone-key"), "HmacSHA256");
        this.aesKey = new SecretKeySpec(derive(secret, "hotline-phone-seal"), "AES");
    }

    private static byte[] derive(String secret, String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String key(String phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return HexFormat.of().formatHex(mac.doFinal(phone.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String seal(String phone) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
            byte[] sealed = aes.doFinal(phone.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, Arrays.copyOf(all, 12)));
            return new String(aes.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed phone did not open", e);
        }
    }
}
