package cn.gov.platform.identity.person.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSealerTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    @Test
    void sealsToTextThatNeitherShowsNorRepeatsTheValue() {
        AesGcmSealer sealer = new AesGcmSealer(KEY);

        String first = sealer.seal("11010519491231002X");
        String second = sealer.seal("11010519491231002X");

        assertThat(first).doesNotContain("11010519491231002X").isNotEqualTo(second);
        assertThat(sealer.open(first)).isEqualTo("11010519491231002X");
        assertThat(sealer.open(second)).isEqualTo("11010519491231002X");
    }

    @Test
    void fingerprintsAreStablePerKeyAndDifferAcrossKeys() {
        assertThat(new AesGcmSealer(KEY).fingerprint("11010519491231002X"))
                .isEqualTo(new AesGcmSealer(KEY).fingerprint("11010519491231002X"))
                .isNotEqualTo(new AesGcmSealer(OTHER_KEY).fingerprint("11010519491231002X"));
    }

    @Test
    void refusesAlteredTextAndTextSealedUnderAnotherKey() {
        String sealed = new AesGcmSealer(KEY).seal("13812345678");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> new AesGcmSealer(KEY).open(new String(chars))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AesGcmSealer(OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new AesGcmSealer(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
