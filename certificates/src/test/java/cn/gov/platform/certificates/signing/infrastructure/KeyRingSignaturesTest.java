package cn.gov.platform.certificates.signing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.signing.domain.PublishedKey;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyRingSignaturesTest {

    private static final byte[] DATA = "{\"number\":\"JY-2026-640324-000001\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signsAndVerifiesAndRejectsAnyChangedByte(SignatureAlgorithm algorithm) {
        KeyRingSignatures ring = new KeyRingSignatures(new Fixtures.MemoryKeys(algorithm), algorithm);

        Signature signature = ring.sign(DATA);
        byte[] changed = DATA.clone();
        changed[5] ^= 1;

        assertThat(signature.algorithm()).isEqualTo(algorithm);
        assertThat(ring.verify(signature, DATA)).isTrue();
        assertThat(ring.verify(signature, changed)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void olderSignaturesStillVerifyAfterRotationAndNewOnesUseTheNewKey(SignatureAlgorithm algorithm) {
        KeyRingSignatures ring = new KeyRingSignatures(new Fixtures.MemoryKeys(algorithm), algorithm);
        Signature before = ring.sign(DATA);

        String newKey = ring.rotate();
        Signature after = ring.sign(DATA);

        assertThat(after.keyId()).isEqualTo(newKey).isNotEqualTo(before.keyId());
        assertThat(ring.verify(before, DATA)).isTrue();
        assertThat(ring.verify(after, DATA)).isTrue();
        assertThat(ring.publishedKeys()).extracting(PublishedKey::keyId).containsExactly(newKey, before.keyId());
        assertThat(ring.publishedKeys()).filteredOn(PublishedKey::active).extracting(PublishedKey::keyId)
                .containsExactly(newKey);
    }

    @org.junit.jupiter.api.Test
    void aSignatureNamingAnUnknownKeyOrTheWrongAlgorithmDoesNotVerify() {
        KeyRingSignatures ring = new KeyRingSignatures(new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3),
                SignatureAlgorithm.SM2_SM3);
        Signature real = ring.sign(DATA);

        assertThat(ring.verify(new Signature("nobody", real.algorithm(), real.value()), DATA)).isFalse();
        assertThat(ring.verify(new Signature(real.keyId(), SignatureAlgorithm.ED25519, real.value()), DATA)).isFalse();
        assertThat(ring.verify(new Signature(real.keyId(), real.algorithm(), new byte[] {1, 2, 3}), DATA)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void publishedSm2KeysAreSubjectPublicKeyInfoOnTheSm2Curve() throws Exception {
        KeyRingSignatures ring = new KeyRingSignatures(new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3),
                SignatureAlgorithm.SM2_SM3);
        PublishedKey key = ring.publishedKeys().getFirst();

        var decoded = SignatureSchemes.publicKey(SignatureAlgorithm.SM2_SM3, Base64.getDecoder().decode(key.publicKey()));
        var spec = ((org.bouncycastle.jce.interfaces.ECPublicKey) decoded).getParameters();

        assertThat(spec.getCurve().getFieldSize()).isEqualTo(256);
        // The SM2 curve's b coefficient (GB/T 32918.5), so this is not some other P-256 curve.
        assertThat(spec.getCurve().getB().toBigInteger().toString(16).toUpperCase())
                .isEqualTo("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93");
    }
}
