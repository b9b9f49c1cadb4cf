package cn.gov.platform.intake.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuffixSealTest {

    private final SuffixSeal seal = new SuffixSeal("a-test-key-of-enough-length");
    private final CaseReference number = new CaseReference("640324-2026-0000123");
    private final IdSuffix suffix = new IdSuffix("01001X");

    @Test
    void theSuffixSealedForANumberMatchesItself() {
        assertThat(seal.matches(number, IdSuffix.parse("01001x"), seal.seal(number, suffix))).isTrue();
    }

    @Test
    void anotherSuffixAnotherNumberOrNothingStoredDoNotMatch() {
        byte[] stored = seal.seal(number, suffix);
        assertThat(seal.matches(number, new IdSuffix("010017"), stored)).isFalse();
        assertThat(seal.matches(new CaseReference("640324-2026-0000124"), suffix, stored)).isFalse();
        assertThat(seal.matches(number, suffix, new byte[0])).isFalse();
    }

    @Test
    void theSameSuffixSealsDifferentlyPerNumberAndPerKey() {
        assertThat(seal.seal(number, suffix)).isNotEqualTo(seal.seal(new CaseReference("640324-2026-N000045"), suffix));
        assertThat(seal.seal(number, suffix)).isNotEqualTo(new SuffixSeal("another-key-of-enough-length").seal(number, suffix));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new SuffixSeal("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
