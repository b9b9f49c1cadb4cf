package cn.gov.platform.certificates.signing.domain;

import java.util.List;

/** The issuing authority's seal: signs with the one active key, checks with any key it ever published. */
public interface Signatures {

    Signature sign(byte[] data);

    /** False for a wrong signature and for a key id that was never published: both mean "not ours". */
    boolean verify(Signature signature, byte[] data);

    List<PublishedKey> publishedKeys();

    /** Makes a new key active; older keys keep verifying. Returns the new key's id. */
    String rotate();
}
