package cn.gov.platform.certificates.signing.domain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The SM3 digest (GB/T 32905) of a certificate's canonical data, as 64 lower-case hex digits. */
public record DataHash(String hex) {

    public DataHash {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A data hash is 64 lower-case hex digits");
        }
    }

    public static DataHash of(String canonical) {
        byte[] data = canonical.getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return new DataHash(HexFormat.of().formatHex(out));
    }
}
