package cn.gov.platform.intake.hotline.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesCallerPhonesTest {

    private final AesCallerPhones phones = new AesCallerPhones("a-test-key-of-enough-length");

    @Test
    void theSameNumberHasTheSameKeyWhichDoesNotContainIt() {
        assertThat(phones.key("13800001234")).isEqualTo(phones.key("13800001234"))
                .isNotEqualTo(phones.key("13800001235")).doesNotContain("13800001234").hasSize(64);
        assertThat(new AesCallerPhones("another-key-of-enough-length").key("13800001234"))
                .isNotEqualTo(phones.key("13800001234"));
    }

    @Test
    void aSealedNumberOpensOnlyUnderItsKeyAndSealsDifferentlyEachTime() {
        String sealed = phones.seal("13800001234");

        assertThat(sealed).doesNotContain("13800001234").isNotEqualTo(phones.seal("13800001234"));
        assertThat(phones.open(sealed)).isEqualTo("13800001234");
        assertThatThrownBy(() -> new AesCallerPhones("another-key-of-enough-length").open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AesCallerPhones("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
