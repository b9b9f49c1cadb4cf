package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.PublishedKey;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.Signatures;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers signature checks that succeeded, keyed by the key id, the signature and a SHA-256
 * of the exact bytes. This is sound because a check is a pure function of those three (a key id
 * always names the same public key), and only successes are kept: data changed by a single byte
 * has another digest, misses the memo and is checked, and fails. It turns the two SM2 checks of
 * a repeated verification (a certificate scanned again and again) into a digest and a lookup.
 */
public final class MemoizedSignatures implements Signatures {

    private final Signatures delegate;
    private final int capacity;
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    public MemoizedSignatures(Signatures delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = capacity;
    }

    @Override
    public Signature sign(byte[] data) {
        return delegate.sign(data);
    }

    @Override
    public boolean verify(Signature signature, byte[] data) {
        String key = signature.keyId() + ':' + signature.algorithm() + ':' + signature.base64() + ':' + digest(data);
        if (verified.contains(key)) {
            return true;
        }
        boolean ok = delegate.verify(signature, data);
        if (ok) {
            if (verified.size() >= capacity) {
                // Crude but bounded: start over rather than track recency on every hit.
                verified.clear();
            }
            verified.add(key);
        }
        return ok;
    }

    @Override
    public List<PublishedKey> publishedKeys() {
        return delegate.publishedKeys();
    }

    @Override
    public String rotate() {
        // Rotation adds a key and never changes what an existing key id means, so the memo stays valid.
        return delegate.rotate();
    }

    private static String digest(byte[] data) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
