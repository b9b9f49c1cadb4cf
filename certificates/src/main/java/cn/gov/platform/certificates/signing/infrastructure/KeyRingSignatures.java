package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.PublishedKey;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.domain.Signatures;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The key ring in memory, loaded from its {@link KeySource}. A signature naming a key this
 * instance has not seen makes it reload once (another instance may have rotated), so rotation
 * needs no restart anywhere.
 */
public final class KeyRingSignatures implements Signatures {

    private final KeySource source;
    private final SignatureAlgorithm algorithm;
    private volatile Ring ring;

    public KeyRingSignatures(KeySource source, SignatureAlgorithm algorithm) {
        this.source = source;
        this.algorithm = algorithm;
        this.ring = Ring.of(source.load());
    }

    @Override
    public Signature sign(byte[] data) {
        Ring current = ring;
        Loaded key = current.active;
        return new Signature(key.material.keyId(), key.material.algorithm(),
                SignatureSchemes.sign(key.material.algorithm(), key.privateKey(), data));
    }

    @Override
    public boolean verify(Signature signature, byte[] data) {
        Loaded key = ring.keys.get(signature.keyId());
        if (key == null) {
            reload();
            key = ring.keys.get(signature.keyId());
        }
        if (key == null || key.material.algorithm() != signature.algorithm()) {
            return false;
        }
        return SignatureSchemes.verify(key.material.algorithm(), key.publicKey, data, signature.value());
    }

    @Override
    public List<PublishedKey> publishedKeys() {
        return ring.keys.values().stream()
                .map(k -> new PublishedKey(k.material.keyId(), k.material.algorithm(), k.material.publicKey(),
                        k == ring.active, k.material.createdAt()))
                .sorted(Comparator.comparing(PublishedKey::createdAt).reversed())
                .toList();
    }

    @Override
    public synchronized String rotate() {
        String id = source.rotate(algorithm).keyId();
        reload();
        return id;
    }

    private synchronized void reload() {
        ring = Ring.of(source.load());
    }

    private record Ring(Map<String, Loaded> keys, Loaded active) {

        static Ring of(List<KeyMaterial> materials) {
            Map<String, Loaded> keys = materials.stream().map(Loaded::of)
                    .collect(Collectors.toUnmodifiableMap(k -> k.material.keyId(), Function.identity()));
            Loaded active = keys.values().stream().filter(k -> k.material.active() && k.privateKey != null)
                    .max(Comparator.comparing(k -> k.material.createdAt()))
                    .orElseThrow(() -> new IllegalStateException("No active signing key with a private key"));
            return new Ring(keys, active);
        }
    }

    private record Loaded(KeyMaterial material, PublicKey publicKey, @Nullable PrivateKey privateKey) {

        static Loaded of(KeyMaterial m) {
            try {
                Base64.Decoder b64 = Base64.getDecoder();
                return new Loaded(m, SignatureSchemes.publicKey(m.algorithm(), b64.decode(m.publicKey())),
                        m.privateKey() == null ? null : SignatureSchemes.privateKey(m.algorithm(), b64.decode(m.privateKey())));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("Signing key " + m.keyId() + " cannot be read", e);
            }
        }

        @Override
        public PrivateKey privateKey() {
            if (privateKey == null) {
                throw new IllegalStateException("Key " + material.keyId() + " has no private half");
            }
            return privateKey;
        }

        @Override
        public String toString() {
            return material.toString();
        }
    }
}
