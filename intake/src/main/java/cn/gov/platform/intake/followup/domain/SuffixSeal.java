package cn.gov.platform.intake.followup.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps an ID suffix only as HMAC-SHA256 under a key from configuration (a pepper the store never
 * holds) and the case number (a salt per case), so a copy of the store reveals no suffix and the same
 * suffix seals differently in every case. Seals are compared in constant time.
 */
public final class SuffixSeal {

    private final SecretKeySpec key;
    /** Compared against when there is nothing to compare against, so every path does the same work. */
    private final byte[] decoy;

    public SuffixSeal(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the follow-up key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.decoy = seal(new CaseReference("000000-0000-0000000"), new IdSuffix("00000X"));
    }

    public byte[] seal(CaseReference number, IdSuffix suffix) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((number.value() + "\n" + suffix.value()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code suffix} is the one sealed in {@code stored} for this number. With nothing stored the
     * decoy is compared instead (and the answer is no), in the same time.
     */
    public boolean matches(CaseReference number, IdSuffix suffix, byte[] stored) {
        byte[] given = seal(number, suffix);
        boolean known = stored.length == given.length;
        boolean equal = MessageDigest.isEqual(given, known ? stored : decoy);
        return known && equal;
    }
}
