package cn.gov.platform.credit.lists.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids from natural keys: 20 hex characters of SHA-256. */
public final class NaturalKeys {

    private NaturalKeys() {
    }

    public static String digest(String naturalKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(naturalKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
