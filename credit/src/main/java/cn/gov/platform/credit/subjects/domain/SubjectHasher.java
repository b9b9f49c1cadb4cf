package cn.gov.platform.credit.subjects.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an identity number into a natural person's key with HMAC-SHA256 under a secret key, so
 * that nobody holding the credit data (or a log, or an event) can recover or test a number
 * without the key. The same key must be used by every instance and every import.
 */
public final class SubjectHasher {

    private final SecretKeySpec key;

    public SubjectHasher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The subject hashing key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public SubjectKey keyOf(ResidentIdNumber idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return SubjectKey.naturalPerson(HexFormat.of().formatHex(mac.doFinal(idNumber.value().getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public SubjectKey keyOf(UnifiedSocialCreditCode code) {
        return SubjectKey.legalPerson(code);
    }
}
