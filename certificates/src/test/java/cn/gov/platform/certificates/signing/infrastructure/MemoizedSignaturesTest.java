package cn.gov.platform.certificates.signing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.signing.domain.PublishedKey;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.domain.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoizedSignaturesTest {

    private final KeyRingSignatures ring = new KeyRingSignatures(new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3),
            SignatureAlgorithm.SM2_SM3);
    private final AtomicInteger checks = new AtomicInteger();
    private final Signatures counting = new Signatures() {
        public Signature sign(byte[] data) {
            return ring.sign(data);
        }

        public boolean verify(Signature signature, byte[] data) {
            checks.incrementAndGet();
            return ring.verify(signature, data);
        }

        public List<PublishedKey> publishedKeys() {
            return ring.publishedKeys();
        }

        public String rotate() {
            return ring.rotate();
        }
    };
    private final byte[] data = "certificate data".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRepeatedSuccessfulCheckIsRememberedButAChangedByteIsCheckedAndFails() {
        MemoizedSignatures memo = new MemoizedSignatures(counting, 100);
        Signature signature = memo.sign(data);
        byte[] changed = data.clone();
        changed[0] ^= 1;

        assertThat(memo.verify(signature, data)).isTrue();
        assertThat(memo.verify(signature, data)).isTrue();
        assertThat(checks).hasValue(1);
        assertThat(memo.verify(signature, changed)).isFalse();
        assertThat(memo.verify(signature, changed)).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void failuresAreNeverRemembered() {
        MemoizedSignatures memo = new MemoizedSignatures(counting, 100);
        Signature wrong = new Signature("nobody", SignatureAlgorithm.SM2_SM3, new byte[] {1, 2, 3});

        memo.verify(wrong, data);
        memo.verify(wrong, data);

        assertThat(checks).hasValue(2);
    }

    @Test
    void staysCorrectOnceFull() {
        MemoizedSignatures memo = new MemoizedSignatures(counting, 2);
        for (int i = 0; i < 5; i++) {
            byte[] d = ("d" + i).getBytes(StandardCharsets.UTF_8);
            assertThat(memo.verify(memo.sign(d), d)).isTrue();
        }
        byte[] first = "d0".getBytes(StandardCharsets.UTF_8);
        checks.set(0);

        assertThat(memo.verify(memo.sign(first), first)).isTrue();
        assertThat(checks).hasValue(1);
    }
}
